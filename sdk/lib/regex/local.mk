# lib/regex/local.mk - POSIX regular expressions (included by sdk/Makefile.am).
lib_libc_a_SOURCES += lib/regex/regex.c
