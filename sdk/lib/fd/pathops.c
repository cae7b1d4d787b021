/* pathops.c - calls naming paths, answered by the file server: stat,
 * lstat, unlink, rmdir, mkdir, rename, link, symlink, readlink, chmod,
 * truncate, utimes, utime, access, chdir, getcwd, statvfs; and sync and
 * umask. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/time.h>
#include <unistd.h>
#include <utime.h>
#include "fd_private.h"

static int path_call(unsigned op, const char *path, const char *path2, unsigned long w1,
		     unsigned long w2)
{
	return (int)__fd_result(__fs_path_call(op, path, path2, w1, w2));
}

static int stat_call(const char *path, struct stat *st, int follow)
{
	long r = __fs_path_call(FS_REQ_STAT, path, 0, (unsigned long)follow, 0);
	if (r == 0)
		memcpy(st, __fs_buf(), sizeof *st);
	return (int)__fd_result(r);
}

int stat(const char *restrict path, struct stat *restrict st)
{
	return stat_call(path, st, 1);
}

int lstat(const char *restrict path, struct stat *restrict st)
{
	return stat_call(path, st, 0);
}

int unlink(const char *path)
{
	return path_call(FS_REQ_UNLINK, path, 0, 0, 0);
}

int rmdir(const char *path)
{
	return path_call(FS_REQ_RMDIR, path, 0, 0, 0);
}

int remove(const char *path)
{
	struct stat st;
	if (lstat(path, &st))
		return -1;
	return S_ISDIR(st.st_mode) ? rmdir(path) : unlink(path);
}

int mkdir(const char *path, mode_t mode)
{
	return path_call(FS_REQ_MKDIR, path, 0, mode & 07777 & ~__fd_table()->umask, 0);
}

int rename(const char *from, const char *to)
{
	return path_call(FS_REQ_RENAME, from, to, 0, 0);
}

int link(const char *existing, const char *newpath)
{
	return path_call(FS_REQ_LINK, existing, newpath, 0, 0);
}

int symlink(const char *target, const char *linkpath)
{
	return path_call(FS_REQ_SYMLINK, target, linkpath, 0, 0);
}

ssize_t readlink(const char *restrict path, char *restrict buf, size_t size)
{
	long r = __fs_path_call(FS_REQ_READLINK, path, 0, 0, 0);
	if (r < 0)
		return __fd_result(r);
	size_t n = (size_t)r < size ? (size_t)r : size;
	memcpy(buf, __fs_buf(), n);
	return (ssize_t)n;
}

int chmod(const char *path, mode_t mode)
{
	return path_call(FS_REQ_CHMOD, path, 0, mode, 0);
}

int truncate(const char *path, off_t len)
{
	if (len < 0)
		return (int)__fd_result(-EINVAL);
	return path_call(FS_REQ_TRUNCATE, path, 0, (unsigned long)len, 0);
}

int utimes(const char *path, const struct timeval times[2])
{
	unsigned long a = (unsigned long)-1, m = (unsigned long)-1;
	if (times) {
		a = (unsigned long)times[0].tv_sec;
		m = (unsigned long)times[1].tv_sec;
	}
	return path_call(FS_REQ_UTIMES, path, 0, a, m);
}

int utime(const char *path, const struct utimbuf *times)
{
	if (!times)
		return utimes(path, 0);
	struct timeval tv[2] = { { times->actime, 0 }, { times->modtime, 0 } };
	return utimes(path, tv);
}

/* One user (root) and no permission checks beyond what the mode bits say
 * for execution: F_OK, R_OK and W_OK succeed for any existing file, X_OK
 * needs an x bit (or a directory). */
int access(const char *path, int amode)
{
	struct stat st;
	if (amode & ~(R_OK | W_OK | X_OK))
		return (int)__fd_result(-EINVAL);
	if (stat(path, &st))
		return -1;
	if ((amode & X_OK) && !S_ISDIR(st.st_mode) && !(st.st_mode & 0111))
		return (int)__fd_result(-EACCES);
	return 0;
}

int chdir(const char *path)
{
	return path_call(FS_REQ_CHDIR, path, 0, 0, 0);
}

char *getcwd(char *buf, size_t size)
{
	long r = __fs_call(FS_REQ_GETCWD, 0, 0, 0);
	if (r < 0) {
		__fd_result(r);
		return 0;
	}
	if (!buf) {
		size = size > (size_t)r ? size : (size_t)r + 1;
		if (!(buf = malloc(size)))
			return 0;
	} else if (size == 0) {
		errno = EINVAL;
		return 0;
	}
	if ((size_t)r + 1 > size) {
		errno = ERANGE;
		return 0;
	}
	memcpy(buf, __fs_buf(), (size_t)r + 1);
	return buf;
}

void sync(void)
{
	__fs_call(FS_REQ_SYNC, 0, 0, 0);
}

int statvfs(const char *restrict path, struct statvfs *restrict buf)
{
	struct stat st;
	if (stat(path, &st))
		return -1;
	long r = __fs_call(FS_REQ_STATVFS, 0, 0, 0);
	if (r == 0)
		memcpy(buf, __fs_buf(), sizeof *buf);
	return (int)__fd_result(r);
}

mode_t umask(mode_t mask)
{
	struct fd_table *t = __fd_table();
	mode_t old = t->umask;
	t->umask = mask & 0777;
	return old;
}
