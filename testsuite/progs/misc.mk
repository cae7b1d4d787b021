# progs/misc.mk - programs of the C library tests (exov6.libc/).
check_PROGRAMS += progs/jmptest progs/stdlibtest progs/systest
