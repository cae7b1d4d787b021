# lib/system/local.mk - the process's view of the system: ioctl and
# termios on the console, resource limits, the user and group databases,
# identity and uname, sched_yield (included by sdk/Makefile.am).
lib_libc_a_SOURCES += \
	lib/system/identity.c lib/system/ioctl.c lib/system/passwd.c \
	lib/system/resource.c lib/system/sched.c lib/system/termios.c
sysrootbitsinclude_HEADERS += include/bits/confname.h
# Limits and options at run time.
lib_libc_a_SOURCES += lib/system/confstr.c lib/system/pathconf.c lib/system/sysconf.c
lib_libc_a_SOURCES += lib/system/ulimit.c
sysrootinclude_HEADERS += include/ulimit.h
