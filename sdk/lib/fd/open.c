/* open.c - open and creat: the device names /dev/console, /dev/tty and
 * /dev/null are the fd layer's own; every other path goes to the file
 * server, which applies O_CREAT, O_EXCL, O_TRUNC, O_DIRECTORY and
 * O_NOFOLLOW.  The mode is masked with the umask here. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <string.h>
#include "fd_private.h"

static int device_type(const char *path)
{
	if (strcmp(path, "/dev/console") == 0 || strcmp(path, "/dev/tty") == 0)
		return FD_CONSOLE;
	if (strcmp(path, "/dev/null") == 0)
		return FD_NULL;
	return FD_NONE;
}

int open(const char *path, int flags, ...)
{
	mode_t mode = 0;
	if (flags & O_CREAT) {
		va_list ap;
		va_start(ap, flags);
		mode = va_arg(ap, mode_t);
		va_end(ap);
	}
	if ((flags & O_ACCMODE) == O_ACCMODE) {
		errno = EINVAL;
		return -1;
	}
	int fd = __fd_alloc(0);
	if (fd < 0)
		return -1;
	struct fd *f = &__fd_table()->fd[fd];
	int type = device_type(path);
	if (type != FD_NONE) {
		*f = (struct fd){ (uint8_t)type, 0, flags & (O_ACCMODE | O_NONBLOCK), 0, 0 };
	} else {
		mode &= 07777 & ~__fd_table()->umask;
		long h = __fs_path_call(FS_REQ_OPEN, path, 0, (unsigned long)flags, mode);
		if (h < 0)
			return (int)__fd_result(h);
		*f = (struct fd){ FD_FILE, 0, 0, h, 0 };
	}
	f->cloexec = (flags & O_CLOEXEC) != 0;
	return fd;
}

int creat(const char *path, mode_t mode)
{
	return open(path, O_WRONLY | O_CREAT | O_TRUNC, mode);
}
