/* localtime.c - local time, which on exov6 is always UTC: there is no
 * time-zone database, and TZ is ignored.  localtime(_r), mktime, tzset,
 * tzname/timezone/daylight, difftime. */
#include <time.h>
#include "time_private.h"

char *tzname[2] = { "UTC", "UTC" };
long timezone;
int daylight;

void tzset(void)
{
}

struct tm *localtime_r(const time_t *restrict t, struct tm *restrict tm)
{
	if (!gmtime_r(t, tm))
		return NULL;
	tm->tm_zone = tzname[0];
	return tm;
}

struct tm *localtime(const time_t *t)
{
	static struct tm result;
	return localtime_r(t, &result);
}

/* UTC has no daylight saving time: a time said to be in it (tm_isdst > 0)
 * is taken as an hour ahead of standard time, as glibc does in zones
 * without DST. */
time_t mktime(struct tm *tm)
{
	return __time_settle(tm, __time_compose(tm) - (tm->tm_isdst > 0 ? 3600 : 0), localtime_r);
}

double difftime(time_t t1, time_t t0)
{
	long d;
	if (__builtin_sub_overflow(t1, t0, &d))
		return (double)t1 - (double)t0;
	return (double)d;
}
