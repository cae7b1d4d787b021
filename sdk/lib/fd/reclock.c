/* reclock.c - fcntl's record-lock commands (F_GETLK, F_SETLK, F_SETLKW)
 * on the file server (FS_REQ_LOCK).  The server never blocks: a
 * conflicting F_SETLKW is answered EAGAIN (after the server checked for
 * a deadlock and noted us as waiting), and we sleep a tick and ask again.
 * When a handler without SA_RESTART ran meanwhile (during the sleep or
 * during a server call, which a signal cannot cut short once the server
 * took it: the libOS's signal marks), we tell the server we
 * stopped waiting (FS_REQ_LKCANCEL, so our old wait makes no false
 * EDEADLK) and fail with EINTR; SA_RESTART handlers let us wait on.  Why not a held-back reply: a call whose request the
 * server took cannot be cut short by a signal (kernel/ipc.c). */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <time.h>
#include "fd_private.h"
#include "../signal/signal_private.h"

#define LOCK_POLL_NS 10000000l          /* how often a waiter asks again */

int __fd_reclock(struct fd *f, int cmd, struct flock *l)
{
	if (!l) {
		errno = EFAULT;
		return -1;
	}
	if (f->type != FD_FILE) {
		errno = EINVAL;         /* no locks on the console, pipes, /dev/null */
		return -1;
	}
	long a = __fs_attach();         /* a forked child's buffer comes with its first call */
	if (a)
		return (int)__fd_result(a);
	struct __libos_sigmark m = __libos_restart_begin();    /* from here a handler without SA_RESTART means EINTR */
	for (;;) {
		memcpy(__fs_buf(), l, sizeof *l);
		long r = __fs_call(FS_REQ_LOCK, f->handle, (unsigned long)cmd, 0);
		if (r == 0 && cmd == F_GETLK)
			memcpy(l, __fs_buf(), sizeof *l);
		if (r == -EINTR && cmd == F_SETLKW)
			__fs_call(FS_REQ_LKCANCEL, 0, 0, 0);    /* the call itself was cut short */
		if (r != -EAGAIN || cmd != F_SETLKW)
			return (int)__fd_result(r);
		/* A signal may come during the server call (which it cannot cut
		 * short) as well as during the sleep: ask whether a handler ran. */
		struct timespec ts = { 0, LOCK_POLL_NS };
		nanosleep(&ts, 0);
		if (__libos_interrupted(m)) {
			__fs_call(FS_REQ_LKCANCEL, 0, 0, 0);
			errno = EINTR;
			return -1;
		}
	}
}
