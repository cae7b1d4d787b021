/* block.c - blocking and waking envs (see block.h). */
#include <exov6/errno.h>
#include "block.h"
#include "ipc.h"
#include "sched.h"
#include "timer.h"
#include "tty.h"
#include "x86.h"

void block_set(struct env *e, enum block_why why, uint64_t deadline)
{
	e->block.why = why;
	e->block.deadline = deadline;
}

void block_current(enum block_why why, uint64_t deadline)
{
	block_set(curenv, why, deadline);
	sched_yield();
}

void block_wake(struct env *e, long result)
{
	e->block.why = BLOCK_NONE;
	e->block.deadline = 0;
	e->tf.rax = (uint64_t)result;
}

void block_interrupt(struct env *e)
{
	/* A call whose request the callee has taken waits for the answer:
	 * cut short, it would lose the reply to work that was done (a file
	 * server's read or open).  The signal comes right after the reply. */
	if (e->block.why == BLOCK_NONE || e->block.why == BLOCK_REPLY)
		return;
	if (e->block.why == BLOCK_SEND)
		ipc_cancel(e);
	block_wake(e, -EINTR);
}

void block_expire(uint64_t now)
{
	for (int i = 0; i < NENV; i++) {
		struct env *e = &envs[i];
		if (e->block.why == BLOCK_NONE || !e->block.deadline || e->block.deadline > now)
			continue;
		if (e->block.why == BLOCK_CONSOLE)
			tty_timeout(e);
		else
			block_wake(e, e->block.why == BLOCK_SLEEP ? 0 : -ETIMEDOUT);
	}
}

uint64_t block_deadline(uint64_t ns)
{
	uint64_t hz = tsc_hz(), s = ns / 1000000000u, rest = ns % 1000000000u;
	return rdtsc() + s * hz + rest * hz / 1000000000u;     /* no 128-bit division here */
}
