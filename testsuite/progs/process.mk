# progs/process.mk - programs of the process tests (exov6.process/): what
# exec and posix_spawn keep, file actions, vfork; system and popen with a
# stand-in /bin/sh; identity and terminal names.
check_PROGRAMS += progs/idtest progs/minish progs/spawntest progs/systemtest
