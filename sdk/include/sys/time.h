/* sys/time.h - time of day in microseconds, and the interval timers
 * (ITIMER_REAL by the TSC; VIRTUAL and PROF counted in 10 ms ticks). */
#ifndef _SYS_TIME_H
#define _SYS_TIME_H

#include <time.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef long suseconds_t;

struct timeval {
	time_t tv_sec;
	suseconds_t tv_usec;
};

int gettimeofday(struct timeval *__restrict tv, void *__restrict tz);
int utimes(const char *path, const struct timeval times[2]);

#define ITIMER_REAL    0        /* real time: SIGALRM */
#define ITIMER_VIRTUAL 1        /* user-mode time: SIGVTALRM */
#define ITIMER_PROF    2        /* running time: SIGPROF */

struct itimerval {
	struct timeval it_interval;     /* reload: 0 fires once */
	struct timeval it_value;        /* to the next expiry: 0 disarms */
};

int getitimer(int which, struct itimerval *value);
int setitimer(int which, const struct itimerval *__restrict value,
	      struct itimerval *__restrict old);

#ifdef __USE_MISC
#define timerisset(t) ((t)->tv_sec || (t)->tv_usec)
#define timerclear(t) ((t)->tv_sec = (t)->tv_usec = 0)
#define timercmp(a, b, CMP) \
	((a)->tv_sec == (b)->tv_sec ? (a)->tv_usec CMP (b)->tv_usec : (a)->tv_sec CMP (b)->tv_sec)
#define timeradd(a, b, r) do { \
	(r)->tv_sec = (a)->tv_sec + (b)->tv_sec; \
	(r)->tv_usec = (a)->tv_usec + (b)->tv_usec; \
	if ((r)->tv_usec >= 1000000) { (r)->tv_sec++; (r)->tv_usec -= 1000000; } \
} while (0)
#define timersub(a, b, r) do { \
	(r)->tv_sec = (a)->tv_sec - (b)->tv_sec; \
	(r)->tv_usec = (a)->tv_usec - (b)->tv_usec; \
	if ((r)->tv_usec < 0) { (r)->tv_sec--; (r)->tv_usec += 1000000; } \
} while (0)
#endif

#ifdef __cplusplus
}
#endif
#endif
