/* time_private.h - what the calendar files share: name tables and the
 * integer formatter. */
#ifndef TIME_PRIVATE_H
#define TIME_PRIVATE_H

#include <time.h>

extern const char __time_day_names[7][10];
extern const char __time_month_names[12][10];

/* Writes v in decimal to buf: at least `digits` digits (zeros in front),
 * the sign, then spaces in front up to `width` characters.  Returns the
 * length; buf needs 24 bytes or width+1. */
int __time_format_int(char *buf, long v, int digits, int width);

/* tm's calendar fields (out-of-range ones carry over) as seconds since
 * the epoch; |tm_year| < 2^31 keeps every step inside 64 bits. */
time_t __time_compose(const struct tm *tm);

/* Fills tm with t broken down by convert (gmtime_r or localtime_r) and
 * returns t; -1 with EOVERFLOW (tm untouched but tm_isdst = 0) when the
 * year does not fit.  The end of timegm and mktime. */
time_t __time_settle(struct tm *tm, time_t t,
		     struct tm *(*convert)(const time_t *restrict, struct tm *restrict));

/* 365 or 366: the length of (proleptic Gregorian) year y. */
int __time_year_days(long y);

#endif
