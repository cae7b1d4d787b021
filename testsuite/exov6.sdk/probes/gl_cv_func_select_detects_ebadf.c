/* select on a closed descriptor fails with EBADF. */
#include "probe.h"
#include <errno.h>
#include <sys/select.h>
#include <unistd.h>
int main(void)
{
	fd_set set;
	expect(dup2(1, 16) == 16);
	FD_ZERO(&set);
	FD_SET(16, &set);
	close(16);
	struct timeval tv = { 0, 5 };
	errno = 0;
	expect(select(17, &set, NULL, NULL, &tv) == -1 && errno == EBADF);
	return probe_failures != 0;
}
