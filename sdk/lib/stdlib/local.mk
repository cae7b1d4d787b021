# lib/stdlib/local.mk - general utilities: conversions, sorting, the
# environment, exit, temporary files and realpath (included by
# sdk/Makefile.am).
lib_libc_a_SOURCES += \
	lib/stdlib/abort.c lib/stdlib/assert.c lib/stdlib/intmax.c lib/stdlib/abs.c lib/stdlib/atoi.c lib/stdlib/bsearch.c \
	lib/stdlib/env.c lib/stdlib/exit.c lib/stdlib/mktemp.c lib/stdlib/qsort.c \
	lib/stdlib/realpath.c lib/stdlib/strtod.c lib/stdlib/strtol.c
# Pseudo-random numbers (glibc's sequences) and reallocarray.
lib_libc_a_SOURCES += \
	lib/stdlib/rand.c lib/stdlib/rand48.c lib/stdlib/random.c lib/stdlib/reallocarray.c
lib_libc_a_SOURCES += lib/stdlib/secure_getenv.c
# <search.h>: trees, hash tables, linear search, queues.
lib_libc_a_SOURCES += \
	lib/stdlib/hsearch.c lib/stdlib/insque.c lib/stdlib/lsearch.c lib/stdlib/tsearch.c
sysrootinclude_HEADERS += include/search.h
# Random bytes, the load average, GNU's canonicalize_file_name; alloca.
lib_libc_a_SOURCES += \
	lib/stdlib/arc4random.c lib/stdlib/canonicalize.c lib/stdlib/entropy.c \
	lib/stdlib/getloadavg.c
sysrootinclude_HEADERS += include/alloca.h
sysrootsysinclude_HEADERS += include/sys/random.h
