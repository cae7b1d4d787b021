/* flock.c - flock (BSD whole-file locks).  The file server keeps no
 * locks yet, so on an open descriptor with a valid operation flock fails
 * with ENOLCK (a known gap: nothing is locked, so nothing is pretended). */
#include <errno.h>
#include <sys/file.h>
#include "fd_private.h"

int flock(int fd, int operation)
{
	if (!__fd_get(fd))
		return -1;              /* EBADF */
	int op = operation & ~LOCK_NB;
	if (op != LOCK_SH && op != LOCK_EX && op != LOCK_UN) {
		errno = EINVAL;
		return -1;
	}
	errno = ENOLCK;
	return -1;
}
