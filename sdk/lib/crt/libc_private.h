/* libc_private.h - declarations shared inside the C library only. */
#ifndef LIBC_PRIVATE_H
#define LIBC_PRIVATE_H

extern char **environ;
void __libc_start(long *sp) __attribute__((noreturn));
/* Run the .fini_array entries (last first) and _fini. */
void __libc_run_finalizers(void);

#endif
