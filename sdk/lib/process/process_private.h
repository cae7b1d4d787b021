/* process_private.h - what the libOS's process files share. */
#ifndef PROCESS_PRIVATE_H
#define PROCESS_PRIVATE_H

#include <exov6/env.h>
#include <spawn.h>
#include <stddef.h>

/* Give env an exception stack and point its faults at our handler. */
int __libos_upcall_install(exov6_envid_t env);
/* Is a page mapped at va in our address space (read through UVPT)? */
int __libos_page_mapped(unsigned long va);
/* Is [p, p+n) our memory, writable (or copy-on-write) if write?  The
 * libOS maps memory eagerly, so this is what a system call's EFAULT check
 * would answer. */
int __libos_user_memory(const void *p, size_t n, int write);
/* Give our page at va the rights perm (EXOV6_PTE_W, EXOV6_PTE_NX), keeping its
 * contents; when another address space shares the frame (after fork),
 * take a private copy first.  0 or -errno. */
int __libos_page_protect(unsigned long va, unsigned long perm);

/* The program file would run: file itself if it has a slash, else the
 * first executable PATH entry.  0 or -errno. */
int __libos_find_program(const char *file, char *out, size_t size);

/* posix_spawn's file actions (spawn_actions.c): the highest fd they
 * name (FD_MAX when they close a range), and running them in order in
 * the child, never closing fd keep.  0 or the failing action's errno. */
int __libos_spawn_actions_top(const posix_spawn_file_actions_t *actions);
int __libos_spawn_actions_run(const posix_spawn_file_actions_t *actions, int keep);

#endif
