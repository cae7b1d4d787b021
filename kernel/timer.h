/* timer.h - the 8254 PIT tick and the TSC rate. */
#ifndef KERNEL_TIMER_H
#define KERNEL_TIMER_H

#include <stdint.h>

#define TIMER_HZ 100

void timer_init(void);
void timer_tick(void);
uint64_t timer_ticks(void);
/* TSC cycles per second, measured against the PIT at boot. */
uint64_t tsc_hz(void);

#endif
