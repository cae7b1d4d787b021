# lib/time/local.mk - clocks, sleeping, interval timers and calendar time (included by
# sdk/Makefile.am).
lib_libc_a_SOURCES += \
	lib/time/asctime.c lib/time/clock.c lib/time/clock_gettime.c lib/time/gmtime.c lib/time/itimer.c \
	lib/time/localtime.c lib/time/nanosleep.c lib/time/strftime.c lib/time/time.c lib/time/times.c \
	lib/time/time_private.h
lib_libc_a_SOURCES += lib/time/ftime.c
sysrootsysinclude_HEADERS += include/sys/timeb.h
