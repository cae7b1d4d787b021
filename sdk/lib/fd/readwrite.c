/* readwrite.c - read, write, pread, pwrite, readv and writev over every fd
 * type.  File data moves through the file-server buffer in pieces of at
 * most FS_IO_MAX bytes.  A buffer that is not our memory is EFAULT, as
 * the kernel would say. */
#include <errno.h>
#include <exov6/syscall.h>
#include <fcntl.h>
#include <string.h>
#include <sys/uio.h>
#include <unistd.h>
#include "fd_private.h"
#include "../process/process_private.h"

static long file_read(struct fd *f, void *buf, size_t n, unsigned op, off_t off)
{
	size_t done = 0;
	while (done < n) {
		size_t chunk = n - done < FS_IO_MAX ? n - done : FS_IO_MAX;
		long r = __fs_call(op, f->handle, chunk, (unsigned long)off + done);
		if (r < 0)
			return done ? (long)done : r;
		memcpy((char *)buf + done, __fs_buf(), (size_t)r);
		done += (size_t)r;
		if ((size_t)r < chunk)
			break;
	}
	return (long)done;
}

static long file_write(struct fd *f, const void *buf, size_t n, unsigned op, off_t off)
{
	size_t done = 0;
	long r = __fs_attach();
	if (r)
		return r;
	while (done < n) {
		size_t chunk = n - done < FS_IO_MAX ? n - done : FS_IO_MAX;
		memcpy(__fs_buf(), (const char *)buf + done, chunk);
		r = __fs_call(op, f->handle, chunk, (unsigned long)off + done);
		if (r < 0)
			return done ? (long)done : r;
		done += (size_t)r;
		if ((size_t)r < chunk)
			break;
	}
	return (long)done;
}

static long do_read(int fd, void *buf, size_t n, unsigned op, off_t off)
{
	struct fd *f = __fd_get(fd);
	if (!f)
		return -EBADF;
	if ((f->type != FD_FILE && (f->flags & O_ACCMODE) == O_WRONLY) || f->type == FD_PIPE_W)
		return -EBADF;
	if (op == FS_REQ_PREAD && f->type != FD_FILE)
		return f->type == FD_NULL ? 0 : -ESPIPE;
	if (n == 0)
		return 0;
	if (!__libos_user_memory(buf, n, 1))
		return -EFAULT;
	switch (f->type) {
	case FD_FILE: return file_read(f, buf, n, op, off);
	case FD_CONSOLE: return __console_read(f, buf, n);
	case FD_PIPE_R: return __pipe_read(f, buf, n);
	case FD_SOCK: return __sock_read(f, buf, n, 0);
	default: return 0;      /* /dev/null */
	}
}

static long do_write(int fd, const void *buf, size_t n, unsigned op, off_t off)
{
	struct fd *f = __fd_get(fd);
	if (!f)
		return -EBADF;
	if ((f->type != FD_FILE && (f->flags & O_ACCMODE) == O_RDONLY) || f->type == FD_PIPE_R)
		return -EBADF;
	if (op == FS_REQ_PWRITE && f->type != FD_FILE)
		return f->type == FD_NULL ? (long)n : -ESPIPE;
	if (n == 0)
		return 0;
	if (!__libos_user_memory(buf, n, 0))
		return -EFAULT;
	switch (f->type) {
	case FD_FILE: return file_write(f, buf, n, op, off);
	case FD_CONSOLE: return __console_write(buf, n);
	case FD_PIPE_W: return __pipe_write(f, buf, n);
	case FD_SOCK: return __sock_write(f, buf, n, 0);
	default: return (long)n;
	}
}

ssize_t read(int fd, void *buf, size_t n)
{
	return __fd_result(do_read(fd, buf, n, FS_REQ_READ, 0));
}

ssize_t write(int fd, const void *buf, size_t n)
{
	return __fd_result(do_write(fd, buf, n, FS_REQ_WRITE, 0));
}

ssize_t pread(int fd, void *buf, size_t n, off_t off)
{
	return __fd_result(off < 0 ? -EINVAL : do_read(fd, buf, n, FS_REQ_PREAD, off));
}

ssize_t pwrite(int fd, const void *buf, size_t n, off_t off)
{
	return __fd_result(off < 0 ? -EINVAL : do_write(fd, buf, n, FS_REQ_PWRITE, off));
}

/* readv and writev: one piece after another, stopping at a short one. */
static ssize_t vector_io(int fd, const struct iovec *iov, int iovcnt, int write)
{
	ssize_t total = 0;
	if (iovcnt < 0 || iovcnt > IOV_MAX)
		return __fd_result(-EINVAL);
	for (int i = 0; i < iovcnt; i++) {
		long r = write ? do_write(fd, iov[i].iov_base, iov[i].iov_len, FS_REQ_WRITE, 0)
			       : do_read(fd, iov[i].iov_base, iov[i].iov_len, FS_REQ_READ, 0);
		if (r < 0)
			return total ? total : __fd_result(r);
		total += r;
		if ((size_t)r < iov[i].iov_len)
			break;
	}
	return total;
}

ssize_t readv(int fd, const struct iovec *iov, int iovcnt)
{
	return vector_io(fd, iov, iovcnt, 0);
}

ssize_t writev(int fd, const struct iovec *iov, int iovcnt)
{
	return vector_io(fd, iov, iovcnt, 1);
}
