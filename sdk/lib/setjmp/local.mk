# lib/setjmp/local.mk - non-local jumps (included by sdk/Makefile.am).
lib_libc_a_SOURCES += lib/setjmp/longjmp.c lib/setjmp/setjmp.S
