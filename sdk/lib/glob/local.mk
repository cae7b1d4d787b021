# lib/glob/local.mk - file name generation (included by sdk/Makefile.am).
lib_libc_a_SOURCES += lib/glob/glob.c
