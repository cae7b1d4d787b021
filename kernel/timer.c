/* timer.c - time sources: PIT channel 0 ticking at TIMER_HZ for
 * preemption, and a TSC rate calibrated against PIT channel 2. */
#include "timer.h"
#include "x86.h"

#define PIT_HZ 1193182

static uint64_t ticks;
static uint64_t tsc_rate;

static void calibrate_tsc(void)
{
	const unsigned count = PIT_HZ / 100;    /* 10 ms */
	outb(0x61, (inb(0x61) & ~0x02) | 0x01); /* gate on, speaker off */
	outb(0x43, 0xb0);                       /* channel 2, mode 0, lo/hi */
	outb(0x42, count & 0xff);
	outb(0x42, count >> 8);
	uint64_t start = rdtsc();
	while (!(inb(0x61) & 0x20))
		;
	tsc_rate = (rdtsc() - start) * 100;
}

void timer_init(void)
{
	calibrate_tsc();
	unsigned divisor = PIT_HZ / TIMER_HZ;
	outb(0x43, 0x34);                       /* channel 0, mode 2, lo/hi */
	outb(0x40, divisor & 0xff);
	outb(0x40, divisor >> 8);
}

void timer_tick(void)
{
	ticks++;
}

uint64_t timer_ticks(void)
{
	return ticks;
}

uint64_t tsc_hz(void)
{
	return tsc_rate;
}
