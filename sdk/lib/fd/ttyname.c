/* ttyname.c - ttyname and ttyname_r: the console (the one terminal) is
 * /dev/console, whichever of its names opened it; any other descriptor
 * is ENOTTY, a closed one EBADF, a buffer too small ERANGE (glibc's
 * errors). */
#include <errno.h>
#include <string.h>
#include <unistd.h>
#include "fd_private.h"

static const char console[] = "/dev/console";

int ttyname_r(int fd, char *buf, size_t size)
{
	struct fd *f = __fd_get(fd);
	if (!f)
		return EBADF;
	if (f->type != FD_CONSOLE)
		return ENOTTY;
	if (size < sizeof console)
		return ERANGE;
	memcpy(buf, console, sizeof console);
	return 0;
}

char *ttyname(int fd)
{
	static char name[sizeof console];
	int r = ttyname_r(fd, name, sizeof name);
	if (r) {
		errno = r;
		return 0;
	}
	return name;
}
