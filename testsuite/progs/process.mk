# progs/process.mk - programs of the process tests (exov6.process/): what
# exec and posix_spawn keep, file actions, vfork.
check_PROGRAMS += progs/spawntest
