# lib/process/local.mk - processes: the ELF loader (shared with the
# kernel), spawn, fork and vfork, exec, posix_spawn with its attributes
# and file actions, system and popen, waits, process groups, the upcall
# (fault and signal) entry (included by sdk/Makefile.am).
lib_libc_a_SOURCES += \
	lib/process/exec.c lib/process/fork.c lib/process/getpid.c \
	lib/process/loader.c lib/process/pagemap.c lib/process/pgrp.c lib/process/popen.c \
	lib/process/posix_spawn.c lib/process/process_private.h \
	lib/process/spawn.c lib/process/spawn_actions.c lib/process/spawn_attr.c \
	lib/process/system.c lib/process/upcall.c lib/process/upcall_entry.S \
	lib/process/wait.c
