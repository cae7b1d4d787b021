/* descriptors.c - managing descriptors: close, dup, dup2, dup3, fcntl
 * (F_DUPFD, F_DUPFD_CLOEXEC, F_GETFD, F_SETFD, F_GETFL, F_SETFL; the lock
 * commands fail with ENOLCK), isatty.
 * A duplicate of a file descriptor gets its own server handle on the same
 * open file description (FS_REQ_DUP), so offsets and status flags stay
 * shared; pipes count the new end. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <unistd.h>
#include "fd_private.h"

int close(int fd)
{
	struct fd *f = __fd_get(fd);
	if (!f)
		return -1;
	return (int)__fd_result(__fd_release(f));
}

/* Make newfd a duplicate of old (newfd free). */
static int duplicate(struct fd *old, int newfd, int cloexec)
{
	struct fd *n = &__fd_table()->fd[newfd];
	struct fd copy = *old;
	if (old->type == FD_FILE) {
		long h = __fs_call(FS_REQ_DUP, old->handle, 0, 0);
		if (h < 0)
			return (int)__fd_result(h);
		copy.handle = h;
	} else {
		struct fd ends[2];
		for (int i = 0, k = __fd_pipe_ends(old, ends); i < k; i++)
			__pipe_hold(&ends[i], 0, 1);
	}
	copy.cloexec = (uint8_t)cloexec;
	*n = copy;
	return newfd;
}

int dup(int fd)
{
	struct fd *f = __fd_get(fd);
	int n = f ? __fd_alloc(0) : -1;
	return n < 0 ? -1 : duplicate(f, n, 0);
}

int dup3(int fd, int newfd, int flags)
{
	struct fd *f = __fd_get(fd);
	if (!f)
		return -1;
	if (newfd < 0 || newfd >= FD_MAX || (flags & ~O_CLOEXEC) || fd == newfd) {
		errno = fd == newfd || (flags & ~O_CLOEXEC) ? EINVAL : EBADF;
		return -1;
	}
	struct fd *n = &__fd_table()->fd[newfd];
	if (n->type != FD_NONE)
		__fd_release(n);
	return duplicate(f, newfd, (flags & O_CLOEXEC) != 0);
}

int dup2(int fd, int newfd)
{
	if (fd == newfd)
		return __fd_get(fd) ? fd : -1;
	return dup3(fd, newfd, 0);
}

int fcntl(int fd, int cmd, ...)
{
	va_list ap;
	va_start(ap, cmd);
	long arg = va_arg(ap, long);
	va_end(ap);
	struct fd *f = __fd_get(fd);
	if (!f)
		return -1;
	switch (cmd) {
	case F_DUPFD:
	case F_DUPFD_CLOEXEC: {
		if (arg < 0 || arg >= FD_MAX) {
			errno = EINVAL;
			return -1;
		}
		int n = __fd_alloc((int)arg);
		return n < 0 ? -1 : duplicate(f, n, cmd == F_DUPFD_CLOEXEC);
	}
	case F_GETFD:
		return f->cloexec ? FD_CLOEXEC : 0;
	case F_SETFD:
		f->cloexec = (arg & FD_CLOEXEC) != 0;
		return 0;
	case F_GETFL:
		if (f->type == FD_FILE)
			return (int)__fd_result(__fs_call(FS_REQ_GETFL, f->handle, 0, 0));
		return f->flags;
	case F_SETFL:
		if (f->type == FD_FILE)
			return (int)__fd_result(__fs_call(FS_REQ_SETFL, f->handle, (unsigned long)arg, 0));
		f->flags = (f->flags & O_ACCMODE) | (int)(arg & O_NONBLOCK);
		return 0;
	case F_GETLK:
	case F_SETLK:
	case F_SETLKW: {
		/* Checked, then refused: the file server has no locks yet. */
		const struct flock *l = (const struct flock *)arg;
		if (!l) {
			errno = EFAULT;
			return -1;
		}
		if ((l->l_type != F_RDLCK && l->l_type != F_WRLCK && l->l_type != F_UNLCK) ||
		    (l->l_whence != SEEK_SET && l->l_whence != SEEK_CUR && l->l_whence != SEEK_END)) {
			errno = EINVAL;
			return -1;
		}
		errno = ENOLCK;
		return -1;
	}
	}
	errno = EINVAL;
	return -1;
}

int isatty(int fd)
{
	struct fd *f = __fd_get(fd);
	if (f && f->type != FD_CONSOLE)
		errno = ENOTTY;
	return f && f->type == FD_CONSOLE;
}
