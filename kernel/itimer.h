/* itimer.h - each env's three interval timers (setitimer): real time by
 * the TSC, and the env's own running time (virtual, profiling) sampled
 * at timer ticks; each posts its signal when it runs out and reloads
 * from its interval. */
#ifndef KERNEL_ITIMER_H
#define KERNEL_ITIMER_H

#include <stdint.h>
#include "env.h"

/* SYS_env_itimer(which, new, old): set timer which (EXOV6_ITIMER_*) from
 * *new unless new is 0, after storing the old setting at *old unless old
 * is 0. */
long itimer_set(uint64_t which, uint64_t new_va, uint64_t old_va);
/* At each timer tick: the real timers that ran out by TSC now fire; the
 * env that was running, in user mode or not, is charged one tick. */
void itimer_tick(uint64_t now, struct env *running, int user_mode);

#endif
