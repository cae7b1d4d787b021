# progs/sync.mk - semaphores, assert and <inttypes.h> (exov6.libc/sync.exp).
check_PROGRAMS += progs/synctest
