# progs/fs.mk - programs of the file-system tests (exov6.fs/).
check_PROGRAMS += progs/fstest progs/fsfuzz progs/fsfair progs/locktest
