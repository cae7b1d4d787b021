/* getloadavg.c - the system load averages.  exov6's kernel keeps none
 * (no count of runnable processes over time), so there is nothing to
 * report: -1 with ENOSYS, as glibc answers -1 when it cannot read one.
 * Programs treat that as "unknown" (GNU make -l warns and ignores it). */
#include <errno.h>
#include <stdlib.h>

int getloadavg(double loadavg[], int nelem)
{
	(void)loadavg;
	if (nelem < 0) {
		errno = EINVAL;
		return -1;
	}
	if (nelem == 0)
		return 0;
	errno = ENOSYS;
	return -1;
}
