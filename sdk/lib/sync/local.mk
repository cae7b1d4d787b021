# lib/sync/local.mk - synchronisation: semaphores (included by
# sdk/Makefile.am).
lib_libc_a_SOURCES += lib/sync/semaphore.c
