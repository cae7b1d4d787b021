# lib/fnmatch/local.mk - shell wildcard matching (included by sdk/Makefile.am).
lib_libc_a_SOURCES += lib/fnmatch/fnmatch.c
