/* nanosleep.c - clock_nanosleep, nanosleep, sleep and usleep: the kernel
 * blocks us for whole timer ticks by the TSC.  A handler cuts a sleep
 * short (EINTR, with the time left for a relative one; SA_RESTART never
 * restarts a sleep); a signal that runs no handler (ignored, blocked, a
 * stop and continue) does not: the sleep goes on to its deadline, as on
 * Linux. */
#include <errno.h>
#include <exov6/syscall.h>
#include <time.h>
#include <unistd.h>
#include "../process/process_private.h"
#include "../signal/signal_private.h"

#define NS 1000000000l

/* a - b in nanoseconds, at most LONG_MAX / 2. */
static long diff_ns(const struct timespec *a, const struct timespec *b)
{
	long s = a->tv_sec - b->tv_sec;
	if (s > (long)(~0ul >> 2) / NS)
		return (long)(~0ul >> 2);
	if (s < -(long)(~0ul >> 2) / NS)
		return -(long)(~0ul >> 2);
	return s * NS + a->tv_nsec - b->tv_nsec;
}

int clock_nanosleep(clockid_t clock, int flags, const struct timespec *req, struct timespec *rem)
{
	if (clock != CLOCK_REALTIME && clock != CLOCK_MONOTONIC)
		return EINVAL;
	if (!__libos_user_memory(req, sizeof *req, 0))
		return EFAULT;
	if (req->tv_nsec < 0 || req->tv_nsec >= NS || req->tv_sec < 0)
		return EINVAL;
	struct timespec deadline, now;
	if (flags & TIMER_ABSTIME) {
		deadline = *req;
	} else {
		clock_gettime(clock, &deadline);
		if (req->tv_sec > (long)(~0ul >> 2) / NS) {
			deadline.tv_sec += (long)(~0ul >> 2) / NS;
		} else {
			deadline.tv_sec += req->tv_sec + (deadline.tv_nsec + req->tv_nsec) / NS;
			deadline.tv_nsec = (deadline.tv_nsec + req->tv_nsec) % NS;
		}
	}
	struct __libos_sigmark m = __libos_restart_begin();
	for (;;) {
		clock_gettime(clock, &now);
		long left = diff_ns(&deadline, &now);
		if (left <= 0)
			return 0;
		long r = exov6_sys_sleep((unsigned long)left);
		if (r == 0 || __libos_restart_nohandler(r, m))
			continue;
		if (rem && !(flags & TIMER_ABSTIME)) {
			clock_gettime(clock, &now);
			left = diff_ns(&deadline, &now);
			if (left < 0)
				left = 0;
			rem->tv_sec = left / NS;
			rem->tv_nsec = left % NS;
		}
		return EINTR;
	}
}

int nanosleep(const struct timespec *req, struct timespec *rem)
{
	int r = clock_nanosleep(CLOCK_MONOTONIC, 0, req, rem);
	if (r) {
		errno = r;
		return -1;
	}
	return 0;
}

/* glibc's: the whole seconds left (rounded down) when interrupted. */
unsigned sleep(unsigned seconds)
{
	struct timespec req = { seconds, 0 }, rem = { 0, 0 };
	int saved = errno;
	if (nanosleep(&req, &rem) == 0) {
		errno = saved;
		return 0;
	}
	return (unsigned)rem.tv_sec;
}

int usleep(useconds_t usec)
{
	struct timespec req = { usec / 1000000, (long)(usec % 1000000) * 1000 };
	return nanosleep(&req, 0);
}
