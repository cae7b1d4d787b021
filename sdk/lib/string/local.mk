# lib/string/local.mk - string and memory functions, and libgen's
# basename/dirname (included by sdk/Makefile.am).
lib_libc_a_SOURCES += \
	lib/string/libgen.c lib/string/memchr.c lib/string/memcmp.c lib/string/memcpy.c \
	lib/string/memmove.c lib/string/memset.c lib/string/strcasecmp.c lib/string/strcat.c \
	lib/string/strchr.c lib/string/strcmp.c lib/string/strcpy.c lib/string/strcspn.c \
	lib/string/strdup.c lib/string/strerror.c lib/string/strlcpy.c lib/string/strlen.c \
	lib/string/strncat.c lib/string/strncmp.c lib/string/strncpy.c lib/string/strnlen.c \
	lib/string/strpbrk.c lib/string/strrchr.c lib/string/strspn.c lib/string/strstr.c \
	lib/string/strtok.c
# POSIX, BSD and GNU additions real packages use, and collation.
lib_libc_a_SOURCES += \
	lib/string/explicit_bzero.c lib/string/mempcpy.c lib/string/memrchr.c \
	lib/string/rawmemchr.c lib/string/stpcpy.c lib/string/stpncpy.c lib/string/strchrnul.c \
	lib/string/strcoll.c lib/string/strsep.c lib/string/strsignal.c lib/string/strverscmp.c
sysrootinclude_HEADERS += include/memory.h
