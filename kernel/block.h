/* block.h - the one way an env waits: a reason with its arguments (struct
 * block in env.h), an optional TSC deadline, one function to block and one
 * to wake.  A blocked env is only that record and its saved frame: nothing
 * waits on the kernel stack. */
#ifndef KERNEL_BLOCK_H
#define KERNEL_BLOCK_H

#include <stdint.h>
#include "env.h"

/* Block the current env for why until woken or, when deadline is not 0,
 * until the TSC passes it; the arguments in curenv->block are already
 * set.  Runs something else. */
void block_current(enum block_why why, uint64_t deadline) __attribute__((noreturn));
/* The same for an env that is not running (a sender whose message was
 * taken now waits for its reply). */
void block_set(struct env *e, enum block_why why, uint64_t deadline);
/* End e's wait: its system call returns result. */
void block_wake(struct env *e, long result);
/* A signal cuts e's wait short: it leaves any queue and gets -EINTR;
 * but a call waiting for its reply (the callee took the request) waits
 * on. */
void block_interrupt(struct env *e);
/* End the waits whose deadline is passed by TSC value now (called at
 * every timer tick: the TSC, not the tick count, is the clock, so a burst
 * of late ticks never cuts a sleep short).  A sleep returns 0, a console
 * read what it has (VTIME), anything else -ETIMEDOUT. */
void block_expire(uint64_t now);
/* The TSC value ns nanoseconds from now. */
uint64_t block_deadline(uint64_t ns);

#endif
