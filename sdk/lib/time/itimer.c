/* itimer.c - interval timers over SYS_env_itimer: setitimer and
 * getitimer, and alarm and ualarm on ITIMER_REAL, with Linux's and
 * glibc's rules (bad microseconds are EINVAL, a NULL new value disarms,
 * alarm rounds the old value to the nearest second but never reports 0
 * for a timer still set).  The kernel keeps the timers across exec; a
 * forked child starts with none.  ITIMER_VIRTUAL and ITIMER_PROF count
 * 10 ms timer ticks of running time. */
#define _DEFAULT_SOURCE
#include <errno.h>
#include <exov6/syscall.h>
#include <sys/time.h>
#include <unistd.h>
#include "../process/process_private.h"

#define US 1000000l
#define NS_MAX (~0ul >> 2)

static int valid(const struct timeval *tv)
{
	return tv->tv_sec >= 0 && tv->tv_usec >= 0 && tv->tv_usec < US;
}

static unsigned long to_ns(const struct timeval *tv)
{
	if ((unsigned long)tv->tv_sec >= NS_MAX / 1000000000ul)
		return NS_MAX;
	return (unsigned long)tv->tv_sec * 1000000000ul + (unsigned long)tv->tv_usec * 1000ul;
}

static void to_tv(unsigned long ns, struct timeval *tv)
{
	unsigned long us = ns / 1000;
	if (us == 0 && ns)
		us = 1;         /* a timer still set never reads as 0 */
	tv->tv_sec = (time_t)(us / US);
	tv->tv_usec = (suseconds_t)(us % US);
}

int setitimer(int which, const struct itimerval *restrict value, struct itimerval *restrict old)
{
	if ((value && !__libos_user_memory(value, sizeof *value, 0)) ||
	    (old && !__libos_user_memory(old, sizeof *old, 1))) {
		errno = EFAULT;
		return -1;
	}
	struct exov6_itimer set = { 0, 0 }, was;
	if (value) {
		if (!valid(&value->it_value) || !valid(&value->it_interval)) {
			errno = EINVAL;
			return -1;
		}
		set.value = to_ns(&value->it_value);
		/* Linux forgets a real timer's reload when it disarms it, not
		 * a CPU-time timer's. */
		set.interval = set.value || which != ITIMER_REAL ? to_ns(&value->it_interval) : 0;
	}
	long r = exov6_sys_env_itimer(which, &set, &was);
	if (r < 0) {
		errno = (int)-r;
		return -1;
	}
	if (old) {
		to_tv(was.value, &old->it_value);
		to_tv(was.interval, &old->it_interval);
	}
	return 0;
}

int getitimer(int which, struct itimerval *value)
{
	if (!__libos_user_memory(value, sizeof *value, 1)) {
		errno = EFAULT;
		return -1;
	}
	struct exov6_itimer was;
	long r = exov6_sys_env_itimer(which, 0, &was);
	if (r < 0) {
		errno = (int)-r;
		return -1;
	}
	to_tv(was.value, &value->it_value);
	to_tv(was.interval, &value->it_interval);
	return 0;
}

unsigned alarm(unsigned seconds)
{
	struct itimerval set = { { 0, 0 }, { (time_t)seconds, 0 } }, old;
	if (setitimer(ITIMER_REAL, &set, &old) < 0)
		return 0;
	unsigned left = (unsigned)old.it_value.tv_sec;
	if ((left == 0 && old.it_value.tv_usec) || old.it_value.tv_usec >= 500000)
		left++;
	return left;
}

useconds_t ualarm(useconds_t value, useconds_t interval)
{
	struct itimerval set = { { 0, (suseconds_t)interval }, { 0, (suseconds_t)value } }, old;
	if (setitimer(ITIMER_REAL, &set, &old) < 0)
		return (useconds_t)-1;
	return (useconds_t)(old.it_value.tv_sec * US + old.it_value.tv_usec);
}
