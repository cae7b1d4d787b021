/* upcall.h - sending an env to its user-level exception handler. */
#ifndef KERNEL_UPCALL_H
#define KERNEL_UPCALL_H

#include <stdint.h>
#include "env.h"

/* Push a struct exov6_upcall_frame holding e's saved registers (with this
 * trapno and err) onto e's exception stack, below the interrupted frame if
 * e was already on it, and point e at its handler.  0, or -1 when e has
 * no handler or no room for the frame. */
int upcall_deliver(struct env *e, uint64_t trapno, uint64_t err, uint64_t fault_va);

#endif
