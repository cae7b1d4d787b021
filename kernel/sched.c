/* sched.c - round-robin scheduling over the env table, and the idle loop
 * (interrupts on, CPU halted) when nothing is ready. */
#include "sched.h"
#include "env.h"
#include "x86.h"

static int ready(const struct env *e)
{
	return e->state == ENV_READY && e->block.why == BLOCK_NONE && !e->stop_sig;
}

void sched_yield(void)
{
	int start = curenv ? (int)(curenv - envs) + 1 : 0;
	for (;;) {
		for (int i = 0; i < NENV; i++) {
			struct env *e = &envs[(start + i) % NENV];
			if (ready(e))
				env_run(e);
		}
		/* Nothing ready: wait for an interrupt to change that. */
		halt_with_interrupts();
	}
}
