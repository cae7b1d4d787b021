/* itimer.c - interval timers (see itimer.h).  A real timer is a TSC
 * deadline; a virtual or profiling timer counts down the env's running
 * time in ticks (TIMER_HZ), as traditional Unix kernels sample it. */
#include <exov6/errno.h>
#include <exov6/syscall.h>
#include "block.h"
#include "itimer.h"
#include "signal.h"
#include "timer.h"
#include "vm.h"
#include "x86.h"

#define TICK_NS (1000000000u / TIMER_HZ)

static const int timer_signal[3] = { EXOV6_SIGALRM, EXOV6_SIGVTALRM, EXOV6_SIGPROF };

/* Nanoseconds left on e's timer which (0: disarmed). */
static uint64_t left(const struct env *e, int which)
{
	uint64_t v = e->itimer[which].value;
	if (which != EXOV6_ITIMER_REAL || v == 0)
		return v;
	uint64_t now = rdtsc(), hz = tsc_hz();
	if (v <= now)
		return 1;       /* due at the next tick */
	uint64_t d = v - now;
	return d / hz * 1000000000u + d % hz * 1000000000u / hz;
}

long itimer_set(uint64_t which, uint64_t new_va, uint64_t old_va)
{
	struct env *e = curenv;
	if (which > EXOV6_ITIMER_PROF)
		return -EINVAL;
	struct exov6_itimer set, old = { left(e, (int)which), e->itimer[which].interval };
	if (new_va && vm_copy_in(e->pml4, &set, new_va, sizeof set))
		return -EFAULT;
	if (old_va && vm_copy_out(e->pml4, old_va, &old, sizeof old))
		return -EFAULT;
	if (!new_va)
		return 0;
	e->itimer[which].interval = set.interval;
	if (which == EXOV6_ITIMER_REAL)
		e->itimer[which].value = set.value ? block_deadline(set.value) : 0;
	else
		e->itimer[which].value = set.value;
	return 0;
}

static void fire(struct env *e, int which)
{
	uint64_t interval = e->itimer[which].interval;
	if (which == EXOV6_ITIMER_REAL)
		e->itimer[which].value = interval ? block_deadline(interval) : 0;
	else
		e->itimer[which].value = interval;
	signal_post(e, timer_signal[which], 0, 0);
}

/* Charge one tick to e's running-time timer which. */
static void charge(struct env *e, int which)
{
	uint64_t v = e->itimer[which].value;
	if (!v)
		return;
	if (v > TICK_NS)
		e->itimer[which].value = v - TICK_NS;
	else
		fire(e, which);
}

void itimer_tick(uint64_t now, struct env *running, int user_mode)
{
	for (int i = 0; i < NENV; i++) {
		struct env *e = &envs[i];
		if (e->state != ENV_FREE && e->state != ENV_ZOMBIE && e->itimer[0].value &&
		    e->itimer[0].value <= now)
			fire(e, EXOV6_ITIMER_REAL);
	}
	if (running && running->state != ENV_FREE && running->state != ENV_ZOMBIE) {
		if (user_mode)
			charge(running, EXOV6_ITIMER_VIRTUAL);
		charge(running, EXOV6_ITIMER_PROF);
	}
}
