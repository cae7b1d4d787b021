# lib/getopt/local.mk - getopt and the GNU long-option parsers (included
# by sdk/Makefile.am).
lib_libc_a_SOURCES += lib/getopt/getopt.c
