# lib/wchar/local.mk - wide characters in the "C" locale: conversions,
# wide strings, wide classes (included by sdk/Makefile.am).
lib_libc_a_SOURCES += lib/wchar/mbconv.c lib/wchar/wcstring.c lib/wchar/wctype.c
lib_libc_a_SOURCES += lib/wchar/wcscoll.c
