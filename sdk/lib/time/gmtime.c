/* gmtime.c - broken-down UTC time: gmtime(_r), timegm, and the proleptic
 * Gregorian day arithmetic under them. */
#include <errno.h>
#include <limits.h>
#include <time.h>
#include "time_private.h"

#define SECS_PER_DAY 86400L

static long floor_div(long a, long b)
{
	return a / b - (a % b < 0);
}

/* Days from 1970-01-01 to year-month-day (month 1..12). */
static long days_from_civil(long year, int month, int day)
{
	long y = month <= 2 ? year - 1 : year;      /* years start in March */
	long era = floor_div(y, 400);
	long yoe = y - era * 400;
	int mp = (month + 9) % 12;                   /* March = 0 */
	long doy = (153 * mp + 2) / 5 + day - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

int __time_year_days(long y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 366 : 365;
}

struct tm *gmtime_r(const time_t *restrict t, struct tm *restrict tm)
{
	long days = floor_div(*t, SECS_PER_DAY);
	long secs = *t - days * SECS_PER_DAY;
	long z = days + 719468;                      /* days since 0000-03-01 */
	long era = floor_div(z, 146097);
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	int month = (int)(mp < 10 ? mp + 3 : mp - 9);
	long year = yoe + era * 400 + (month <= 2);
	if (year - 1900 > INT_MAX || year - 1900 < INT_MIN) {
		errno = EOVERFLOW;
		return NULL;
	}
	tm->tm_year = (int)(year - 1900);
	tm->tm_mon = month - 1;
	tm->tm_mday = (int)(doy - (153 * mp + 2) / 5 + 1);
	tm->tm_yday = (int)(days - days_from_civil(year, 1, 1));
	tm->tm_wday = (int)(days + 4 - floor_div(days + 4, 7) * 7);
	tm->tm_hour = (int)(secs / 3600);
	tm->tm_min = (int)(secs / 60 % 60);
	tm->tm_sec = (int)(secs % 60);
	tm->tm_isdst = 0;
	tm->tm_gmtoff = 0;
	tm->tm_zone = "GMT";
	return tm;
}

struct tm *gmtime(const time_t *t)
{
	static struct tm result;
	return gmtime_r(t, &result);
}

time_t __time_compose(const struct tm *tm)
{
	long year = tm->tm_year + 1900L + floor_div(tm->tm_mon, 12);
	int month = (int)(tm->tm_mon - floor_div(tm->tm_mon, 12) * 12);
	/* |year| < 2^32, so days and seconds stay far inside 64 bits. */
	long days = days_from_civil(year, month + 1, 1) + tm->tm_mday - 1L;
	return days * SECS_PER_DAY + tm->tm_hour * 3600L + tm->tm_min * 60L + tm->tm_sec;
}

time_t __time_settle(struct tm *tm, time_t t,
		     struct tm *(*convert)(const time_t *restrict, struct tm *restrict))
{
	struct tm result;
	tm->tm_isdst = 0;
	if (!convert(&t, &result)) {
		errno = EOVERFLOW;
		return -1;
	}
	*tm = result;
	return t;
}

time_t timegm(struct tm *tm)
{
	return __time_settle(tm, __time_compose(tm), gmtime_r);
}
