/* ftime.c - ftime: the wall clock in seconds and milliseconds (UTC: the
 * zone fields are 0). */
#include <sys/timeb.h>
#include <time.h>

int ftime(struct timeb *tp)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	tp->time = ts.tv_sec;
	tp->millitm = (unsigned short)(ts.tv_nsec / 1000000);
	tp->timezone = 0;
	tp->dstflag = 0;
	return 0;
}
