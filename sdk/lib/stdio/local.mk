# lib/stdio/local.mk - stdio: FILE streams, the printf engine and family,
# the scanf engine and family (included by sdk/Makefile.am).
lib_libc_a_SOURCES += \
	lib/stdio/asprintf.c lib/stdio/buffer.c lib/stdio/decimal.c lib/stdio/decimal.h \
	lib/stdio/dprintf.c lib/stdio/file.c lib/stdio/file.h lib/stdio/format.c \
	lib/stdio/format.h lib/stdio/format_float.c lib/stdio/fprintf.c lib/stdio/getdelim.c \
	lib/stdio/fscanf.c lib/stdio/perror.c lib/stdio/read.c lib/stdio/scan.c lib/stdio/scan.h \
	lib/stdio/seek.c lib/stdio/snprintf.c lib/stdio/sscanf.c \
	lib/stdio/tmpfile.c lib/stdio/write.c
# <stdio_ext.h>, stream locks, the _unlocked functions, temporary names
# and wide-character streams.
lib_libc_a_SOURCES += \
	lib/stdio/ext.c lib/stdio/lock.c lib/stdio/tmpnam.c lib/stdio/unlocked.c \
	lib/stdio/wide.c lib/stdio/wunlocked.c
sysrootinclude_HEADERS += include/stdio_ext.h
# GNU's error reporting.
lib_libc_a_SOURCES += lib/stdio/error.c
sysrootinclude_HEADERS += include/error.h
