# progs/stdio.mk - programs of the stdio tests (exov6.libc/stdio.exp).
check_PROGRAMS += progs/stdiotest
