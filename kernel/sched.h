/* sched.h - choosing the next env to run. */
#ifndef KERNEL_SCHED_H
#define KERNEL_SCHED_H

/* Run the next ready env after the current one, round robin; halt until an
 * interrupt when none is ready. */
void sched_yield(void) __attribute__((noreturn));

#endif
