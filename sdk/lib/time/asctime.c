/* asctime.c - asctime(_r) and ctime(_r): "Thu Jan  1 00:00:00 1970\n". */
#include <errno.h>
#include <limits.h>
#include <string.h>
#include <time.h>
#include "time_private.h"

/* Formats into buf of `size` bytes; EOVERFLOW when it does not fit (the
 * 26 bytes of asctime_r hold the years -999 to 9999). */
static char *format(const struct tm *tm, char *buf, size_t size)
{
	if (tm->tm_year > INT_MAX - 1900) {
		errno = EOVERFLOW;
		return NULL;
	}
	char tmp[120];
	char *p = tmp;
	const char *day = tm->tm_wday >= 0 && tm->tm_wday < 7 ? __time_day_names[tm->tm_wday] : "???";
	const char *mon = tm->tm_mon >= 0 && tm->tm_mon < 12 ? __time_month_names[tm->tm_mon] : "???";
	memcpy(p, day, 3);
	p[3] = ' ';
	memcpy(p + 4, mon, 3);
	p += 7;
	p += __time_format_int(p, tm->tm_mday, 1, 3);
	*p++ = ' ';
	p += __time_format_int(p, tm->tm_hour, 2, 0);
	*p++ = ':';
	p += __time_format_int(p, tm->tm_min, 2, 0);
	*p++ = ':';
	p += __time_format_int(p, tm->tm_sec, 2, 0);
	*p++ = ' ';
	p += __time_format_int(p, tm->tm_year + 1900, 1, 0);
	*p++ = '\n';
	*p++ = '\0';
	if ((size_t)(p - tmp) > size) {
		errno = EOVERFLOW;
		return NULL;
	}
	return memcpy(buf, tmp, (size_t)(p - tmp));
}

char *asctime_r(const struct tm *restrict tm, char *restrict buf)
{
	return format(tm, buf, 26);
}

char *asctime(const struct tm *tm)
{
	static char buf[120];
	return format(tm, buf, sizeof buf);
}

char *ctime_r(const time_t *t, char *buf)
{
	struct tm tm;
	return localtime_r(t, &tm) ? asctime_r(&tm, buf) : NULL;
}

char *ctime(const time_t *t)
{
	struct tm tm;
	return localtime_r(t, &tm) ? asctime(&tm) : NULL;
}
