# lib/locale/local.mk - the "C" locale: setlocale, localeconv, nl_langinfo
# (included by sdk/Makefile.am).
lib_libc_a_SOURCES += lib/locale/langinfo.c lib/locale/locale.c
