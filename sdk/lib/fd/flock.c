/* flock.c - flock (BSD whole-file locks), kept by the file server per
 * open file description (FS_REQ_FLOCK), so dup and fork share them and
 * they are independent of fcntl's record locks.  Without LOCK_NB a
 * conflict is waited out here: sleep a tick and ask again, EINTR when a
 * handler without SA_RESTART ran (the server never blocks: reclock.c). */
#include <errno.h>
#include <sys/file.h>
#include <time.h>
#include "fd_private.h"
#include "../signal/signal_private.h"

#define LOCK_POLL_NS 10000000l

int flock(int fd, int operation)
{
	struct fd *f = __fd_get(fd);
	if (!f)
		return -1;              /* EBADF */
	int op = operation & ~LOCK_NB;
	if ((operation & ~(LOCK_SH | LOCK_EX | LOCK_UN | LOCK_NB)) ||
	    (op != LOCK_SH && op != LOCK_EX && op != LOCK_UN) || f->type != FD_FILE) {
		errno = EINVAL;
		return -1;
	}
	struct __libos_sigmark m = __libos_restart_begin();
	for (;;) {
		long r = __fs_call(FS_REQ_FLOCK, f->handle, (unsigned long)op, 0);
		if (r != -EWOULDBLOCK || (operation & LOCK_NB))
			return (int)__fd_result(r);
		struct timespec ts = { 0, LOCK_POLL_NS };
		nanosleep(&ts, 0);
		if (__libos_interrupted(m)) {           /* a handler ran (reclock.c) */
			errno = EINTR;
			return -1;
		}
	}
}
