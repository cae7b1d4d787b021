/* sys/times.h - process times, in clock ticks (sysconf(_SC_CLK_TCK) is
 * 100).  CPU time is not tracked: tms_utime is the time since the process
 * started, the others 0; the result is CLOCK_MONOTONIC in ticks. */
#ifndef _SYS_TIMES_H
#define _SYS_TIMES_H

#include <features.h>
#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

struct tms {
	clock_t tms_utime;
	clock_t tms_stime;
	clock_t tms_cutime;
	clock_t tms_cstime;
};

clock_t times(struct tms *buf);

#ifdef __cplusplus
}
#endif
#endif
