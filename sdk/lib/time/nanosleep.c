/* nanosleep.c - nanosleep, sleep and usleep: the kernel blocks us for whole timer
 * ticks; a signal cuts the sleep short (EINTR, with the time left). */
#include <errno.h>
#include <exov6/syscall.h>
#include <time.h>
#include <unistd.h>

#define NS 1000000000l

int nanosleep(const struct timespec *req, struct timespec *rem)
{
	if (req->tv_nsec < 0 || req->tv_nsec >= NS || req->tv_sec < 0) {
		errno = EINVAL;
		return -1;
	}
	struct timespec start;
	clock_gettime(CLOCK_MONOTONIC, &start);
	unsigned long ns = req->tv_sec > (long)(~0ul / NS) - 1 ? ~0ul
		: (unsigned long)req->tv_sec * NS + (unsigned long)req->tv_nsec;
	if (exov6_sys_sleep(ns) == 0)
		return 0;
	if (rem) {
		struct timespec now;
		clock_gettime(CLOCK_MONOTONIC, &now);
		long left_s = start.tv_sec + req->tv_sec - now.tv_sec;
		long left_ns = start.tv_nsec + req->tv_nsec - now.tv_nsec;
		for (; left_ns < 0; left_ns += NS)
			left_s--;
		for (; left_ns >= NS; left_ns -= NS)
			left_s++;
		rem->tv_sec = left_s < 0 ? 0 : left_s;
		rem->tv_nsec = left_s < 0 ? 0 : left_ns;
	}
	errno = EINTR;
	return -1;
}

unsigned sleep(unsigned seconds)
{
	struct timespec req = { seconds, 0 }, rem = { 0, 0 };
	if (nanosleep(&req, &rem) == 0)
		return 0;
	return (unsigned)rem.tv_sec + (rem.tv_nsec > 0);
}

int usleep(useconds_t usec)
{
	struct timespec req = { usec / 1000000, (long)(usec % 1000000) * 1000 };
	return nanosleep(&req, 0);
}
