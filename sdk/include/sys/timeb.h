/* sys/timeb.h - ftime: the time in seconds and milliseconds (obsolete;
 * gettimeofday and clock_gettime replace it).  There are no time zones:
 * timezone and dstflag are 0. */
#ifndef _SYS_TIMEB_H
#define _SYS_TIMEB_H

#include <features.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifndef __time_t_defined
#define __time_t_defined
typedef long time_t;
#endif

struct timeb {
	time_t time;                    /* seconds since 1970 */
	unsigned short millitm;         /* and milliseconds */
	short timezone;                 /* minutes west of UTC */
	short dstflag;
};

int ftime(struct timeb *tp);

#ifdef __cplusplus
}
#endif
#endif
