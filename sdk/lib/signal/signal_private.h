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

#endif
