/* clock.c - clock(): exov6 does not account CPU time per process, so this
 * is the time since the process started (CLOCK_MONOTONIC), in
 * microseconds (CLOCKS_PER_SEC). */
#include <time.h>

static struct timespec start;

__attribute__((constructor)) static void record_start(void)
{
	clock_gettime(CLOCK_MONOTONIC, &start);
}

clock_t clock(void)
{
	struct timespec now;
	if (clock_gettime(CLOCK_MONOTONIC, &now) < 0)
		return (clock_t)-1;
	return (now.tv_sec - start.tv_sec) * CLOCKS_PER_SEC + (now.tv_nsec - start.tv_nsec) / 1000;
}
