/* signal_private.h - how faults and posted signals reach the handlers. */
#ifndef SIGNAL_PRIVATE_H
#define SIGNAL_PRIVATE_H

#include <exov6/env.h>

#define SIGBIT(sig) (1ul << ((sig) - 1))

/* Act on signal sig for the interrupted registers in f (which a handler
 * may change through its ucontext).  Returns 1 when execution may resume,
 * 0 when the kernel should kill the program (a fault nobody handles). */
int __libos_signal(struct exov6_upcall_frame *f, int sig, int is_fault);
/* Run the handlers of pending signals no longer blocked. */
void __libos_signal_unblocked(void);
/* SA_RESTART: call __libos_restart_begin before a blocking system call;
 * when it returns r, __libos_restart(r) is 1 if the call must be made
 * again: it was cut short by a signal (-EINTR) whose handling ran no
 * handler without SA_RESTART (the signal was ignored, blocked, stopped
 * and continued the process, or had SA_RESTART). */
void __libos_restart_begin(void);
int __libos_restart(long r);
/* Before a console read (is_read, SIGTTIN) or a write under TOSTOP or a
 * change of settings (SIGTTOU): if the caller's group is in the
 * background of its terminal, signal the group (the default action stops
 * it) and check again once continued.  0 to go on, -EIO (a read with the
 * signal ignored or blocked) or -EINTR (a handler took the signal). */
int __libos_tty_background(int sig, int is_read);

#endif
