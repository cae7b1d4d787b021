/* time.h - clocks, sleeping, and calendar time.  exov6 keeps no time
 * zones: local time is UTC whatever TZ says (tzset only sets tzname to
 * "UTC", timezone and daylight to 0).  clock() is the time since the
 * process started (CLOCK_MONOTONIC): the kernel does not track CPU time. */
#ifndef _TIME_H
#define _TIME_H

#include <features.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifndef __time_t_defined
#define __time_t_defined
typedef long time_t;
#endif
#ifndef __clock_t_defined
#define __clock_t_defined
typedef long clock_t;
#endif

#define CLOCKS_PER_SEC 1000000L

struct tm {
	int tm_sec;
	int tm_min;
	int tm_hour;
	int tm_mday;
	int tm_mon;
	int tm_year;
	int tm_wday;
	int tm_yday;
	int tm_isdst;
#ifdef __USE_MISC
	long tm_gmtoff;         /* seconds east of UTC */
	const char *tm_zone;    /* zone abbreviation */
#else
	long __tm_gmtoff;
	const char *__tm_zone;
#endif
};

#if defined(__USE_POSIX199309) || defined(__USE_ISOC11)
#include <bits/timespec.h>
#endif

clock_t clock(void);
time_t time(time_t *t);
double difftime(time_t t1, time_t t0);
time_t mktime(struct tm *tm);
struct tm *gmtime(const time_t *t);
struct tm *localtime(const time_t *t);
char *asctime(const struct tm *tm);
char *ctime(const time_t *t);
size_t strftime(char *__restrict s, size_t max, const char *__restrict format,
		const struct tm *__restrict tm);

#ifdef __USE_POSIX
#ifndef __pid_t_defined
#define __pid_t_defined
typedef int pid_t;
#endif
#ifndef __clockid_t_defined
#define __clockid_t_defined
typedef int clockid_t;
#endif

#define CLOCK_REALTIME   0
#define CLOCK_MONOTONIC  1

extern char *tzname[2];
void tzset(void);
struct tm *gmtime_r(const time_t *__restrict t, struct tm *__restrict tm);
struct tm *localtime_r(const time_t *__restrict t, struct tm *__restrict tm);
char *asctime_r(const struct tm *__restrict tm, char *__restrict buf);
char *ctime_r(const time_t *t, char *buf);
int clock_gettime(clockid_t clock, struct timespec *ts);
int clock_getres(clockid_t clock, struct timespec *ts);
int nanosleep(const struct timespec *req, struct timespec *rem);
#define TIMER_ABSTIME 1
int clock_nanosleep(clockid_t clock, int flags, const struct timespec *req, struct timespec *rem);
#endif

#if defined(__USE_XOPEN) || defined(__USE_MISC)
extern long timezone;
extern int daylight;
#endif

#ifdef __USE_MISC
time_t timegm(struct tm *tm);
#endif

#ifdef __cplusplus
}
#endif
#endif
