# progs/text.mk - programs of the text tests (exov6.libc/).
check_PROGRAMS += progs/globtest
