/* signal.c - signals (see signal.h).  A posted signal cuts a blocked
 * call short with -EINTR and reaches the env's upcall handler as trapno
 * EXOV6_T_SIGNAL the next time the env runs. */
#include <exov6/errno.h>
#include "block.h"
#include "lifetime.h"
#include "sched.h"
#include "signal.h"
#include "upcall.h"

#define SIGKILL 9

long env_signal(exov6_envid_t id, uint64_t sig)
{
	struct env *e;
	int r = env_lookup(id, ENV_SIGNAL, &e);
	if (r)
		return r;
	if (sig > 63)
		return -EINVAL;
	if (sig == 0)
		return 0;
	if (sig == SIGKILL) {
		int self = e == curenv;
		env_exit(e, EXOV6_W_SIGNALED(SIGKILL));
		if (self)
			sched_yield();
		return 0;
	}
	e->pending_signals |= 1ull << sig;
	block_interrupt(e);
	return 0;
}

void signal_deliver(struct env *e)
{
	int sig = __builtin_ctzll(e->pending_signals);
	e->pending_signals &= ~(1ull << sig);
	if (upcall_deliver(e, EXOV6_T_SIGNAL, (uint64_t)sig, 0) == 0)
		return;
	env_exit(e, EXOV6_W_SIGNALED(sig));
	sched_yield();
}
