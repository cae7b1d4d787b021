/* bits/timespec.h - struct timespec (and time_t), for the headers that
 * need it whatever the feature-test macros hide in <time.h>. */
#ifndef __timespec_defined
#define __timespec_defined

#ifndef __time_t_defined
#define __time_t_defined
typedef long time_t;
#endif

struct timespec {
	time_t tv_sec;
	long tv_nsec;
};

#endif
