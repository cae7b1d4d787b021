/* fileops.c - calls on an open file: lseek, fstat, ftruncate, fsync,
 * fchmod, fchdir, fstatvfs.  Non-file descriptors answer as POSIX says
 * (ESPIPE for lseek on pipes and the console, a character device or FIFO
 * for fstat). */
#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>
#include "fd_private.h"

off_t lseek(int fd, off_t off, int whence)
{
	struct fd *f = __fd_get(fd);
	if (!f)
		return -1;
	if (f->type == FD_NULL)
		return 0;
	if (f->type != FD_FILE)
		return __fd_result(-ESPIPE);
	return __fd_result(__fs_call(FS_REQ_LSEEK, f->handle, (unsigned long)off, (unsigned long)whence));
}

int fstat(int fd, struct stat *st)
{
	struct fd *f = __fd_get(fd);
	if (!f)
		return -1;
	if (f->type != FD_FILE) {
		memset(st, 0, sizeof *st);
		st->st_mode = f->type == FD_PIPE_R || f->type == FD_PIPE_W ? S_IFIFO | 0600
			    : f->type == FD_SOCK ? S_IFSOCK | 0777 : S_IFCHR | 0620;
		st->st_nlink = 1;
		st->st_blksize = 4096;
		st->st_rdev = f->type == FD_NULL ? 0x103 : 0x501;
		return 0;
	}
	long r = __fs_call(FS_REQ_FSTAT, f->handle, 0, 0);
	if (r == 0)
		memcpy(st, __fs_buf(), sizeof *st);
	return (int)__fd_result(r);
}

/* A call on an open file's handle; others get err. */
static int file_call(int fd, unsigned op, unsigned long w1, long err)
{
	struct fd *f = __fd_get(fd);
	if (!f)
		return -1;
	if (f->type != FD_FILE)
		return (int)__fd_result(err);
	return (int)__fd_result(__fs_call(op, f->handle, w1, 0));
}

int ftruncate(int fd, off_t len)
{
	if (len < 0)
		return (int)__fd_result(-EINVAL);
	return file_call(fd, FS_REQ_FTRUNCATE, (unsigned long)len, -EINVAL);
}

int fsync(int fd)
{
	return file_call(fd, FS_REQ_FSYNC, 0, -EINVAL);
}

int fdatasync(int fd)
{
	return fsync(fd);
}

int fchmod(int fd, mode_t mode)
{
	return file_call(fd, FS_REQ_FCHMOD, mode, -EINVAL);
}

int fchdir(int fd)
{
	return file_call(fd, FS_REQ_FCHDIR, 0, -ENOTDIR);
}

int fstatvfs(int fd, struct statvfs *buf)
{
	if (!__fd_get(fd))
		return -1;
	long r = __fs_call(FS_REQ_STATVFS, 0, 0, 0);
	if (r == 0)
		memcpy(buf, __fs_buf(), sizeof *buf);
	return (int)__fd_result(r);
}
