/* sys/time.h - time of day in microseconds. */
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

#ifdef __cplusplus
}
#endif
#endif
