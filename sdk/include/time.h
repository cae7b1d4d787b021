/* time.h - clocks and sleeping (the part built so far). */
#ifndef _TIME_H
#define _TIME_H

#include <sys/types.h>

#ifndef __time_t_defined
#define __time_t_defined
typedef long time_t;
#endif
typedef int clockid_t;

struct timespec {
	time_t tv_sec;
	long tv_nsec;
};

#define CLOCK_REALTIME   0
#define CLOCK_MONOTONIC  1

time_t time(time_t *t);
int clock_gettime(clockid_t clock, struct timespec *ts);
int clock_getres(clockid_t clock, struct timespec *ts);
int nanosleep(const struct timespec *req, struct timespec *rem);

#endif
