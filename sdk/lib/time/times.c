/* times.c - times(): in 1/100 s ticks, the monotonic clock, and as the
 * process's user time the time since it started (clock()): the kernel
 * does not account CPU time. */
#include <sys/times.h>
#include <time.h>

#define TICKS_PER_SEC 100

clock_t times(struct tms *buf)
{
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	buf->tms_utime = clock() / (CLOCKS_PER_SEC / TICKS_PER_SEC);
	buf->tms_stime = buf->tms_cutime = buf->tms_cstime = 0;
	return now.tv_sec * TICKS_PER_SEC + now.tv_nsec / (1000000000 / TICKS_PER_SEC);
}
