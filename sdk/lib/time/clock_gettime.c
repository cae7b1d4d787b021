/* clock_gettime.c - clocks from the TSC and the kernel's info page (TSC
 * rate, and the wall time and TSC at boot): no system call. */
#include <errno.h>
#include <exov6/env.h>
#include <exov6/layout.h>
#include <time.h>

int clock_gettime(clockid_t clock, struct timespec *ts)
{
	const volatile struct exov6_info *info = (const volatile struct exov6_info *)UINFO;
	unsigned long hz = info->tsc_hz;
	if ((clock != CLOCK_REALTIME && clock != CLOCK_MONOTONIC) || !hz) {
		errno = EINVAL;
		return -1;
	}
	unsigned long ticks = __builtin_ia32_rdtsc();
	unsigned long base = 0;
	if (clock == CLOCK_REALTIME) {
		ticks -= info->boot_tsc;
		base = info->boot_epoch;
	}
	ts->tv_sec = (time_t)(base + ticks / hz);
	ts->tv_nsec = (long)((ticks % hz) * 1000000000ul / hz);
	return 0;
}

int clock_getres(clockid_t clock, struct timespec *ts)
{
	if (clock != CLOCK_REALTIME && clock != CLOCK_MONOTONIC) {
		errno = EINVAL;
		return -1;
	}
	if (ts) {
		ts->tv_sec = 0;
		ts->tv_nsec = 1;
	}
	return 0;
}
