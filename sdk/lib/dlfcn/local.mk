# lib/dlfcn/local.mk - dynamic loading, which static programs do not have
# (included by sdk/Makefile.am).
lib_libc_a_SOURCES += lib/dlfcn/dlfcn.c
sysrootinclude_HEADERS += include/dlfcn.h
