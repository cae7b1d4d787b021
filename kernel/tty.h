/* tty.h - the console (COM1) as a terminal: input line discipline,
 * control characters that signal the foreground process group, the
 * controlling session, reads with canonical and VMIN/VTIME semantics. */
#ifndef KERNEL_TTY_H
#define KERNEL_TTY_H

#include <stdint.h>
#include "env.h"

/* IRQ 4: take what the UART received through the line discipline, hand
 * it to blocked readers. */
void tty_interrupt(void);
/* SYS_console_read. */
long tty_read(uint64_t buf, uint64_t len, uint64_t flags);
/* SYS_console_ctl. */
long tty_ctl(uint64_t request, uint64_t arg);
/* SYS_cputs: write to the console with the output settings. */
long tty_write(uint64_t buf, uint64_t len);
/* A blocked reader's VTIME ran out: it takes what there is. */
void tty_timeout(struct env *e);
/* The first program's session owns the console from the start. */
void tty_start(struct env *first);
/* e ends: a session leader's end hangs its console up (SIGHUP and
 * SIGCONT to the foreground group). */
void tty_env_gone(struct env *e);

#endif
