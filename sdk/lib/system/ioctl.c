/* ioctl.c - the console's requests (Linux numbers): termios records,
 * the foreground group, the controlling terminal, the window size and
 * the bytes waiting; FIONBIO and FIOCLEX/FIONCLEX on any descriptor;
 * ENOTTY for anything else. */
#include <errno.h>
#include <exov6/syscall.h>
#include <exov6/tty.h>
#include <fcntl.h>
#include <stdarg.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

_Static_assert(sizeof(struct winsize) == sizeof(struct exov6_winsize), "winsize layout");

static int ctl(unsigned long request, void *arg)
{
	long r = exov6_sys_console_ctl(request, (unsigned long)arg);
	if (r < 0) {
		errno = (int)-r;
		return -1;
	}
	return (int)r;
}

int ioctl(int fd, unsigned long request, ...)
{
	va_list ap;
	va_start(ap, request);
	void *arg = va_arg(ap, void *);
	va_end(ap);
	int flags;
	switch (request) {
	case FIONBIO:
		if ((flags = fcntl(fd, F_GETFL)) < 0)
			return -1;
		return fcntl(fd, F_SETFL, *(int *)arg ? flags | O_NONBLOCK : flags & ~O_NONBLOCK);
	case FIOCLEX:
	case FIONCLEX:
		return fcntl(fd, F_SETFD, request == FIOCLEX ? FD_CLOEXEC : 0);
	}
	if (!isatty(fd))
		return -1;
	switch (request) {
	case TCGETS:
		return tcgetattr(fd, arg);
	case TCSETS:
	case TCSETSW:
	case TCSETSF:
		return tcsetattr(fd, (int)(request - TCSETS) + TCSANOW, arg);
	case TIOCGPGRP: {
		pid_t pg = tcgetpgrp(fd);
		if (pg < 0)
			return -1;
		*(pid_t *)arg = pg;
		return 0;
	}
	case TIOCSPGRP:
		return tcsetpgrp(fd, *(pid_t *)arg);
	case TIOCGSID: {
		pid_t sid = tcgetsid(fd);
		if (sid < 0)
			return -1;
		*(pid_t *)arg = sid;
		return 0;
	}
	case TIOCSCTTY:
		return ctl(EXOV6_TTY_SCTTY, (void *)(unsigned long)(arg != 0));
	case TIOCNOTTY:
		return ctl(EXOV6_TTY_NOTTY, 0);
	case TIOCGWINSZ:
		return ctl(EXOV6_TTY_GETWINSZ, arg);
	case TIOCSWINSZ:
		return ctl(EXOV6_TTY_SETWINSZ, arg);
	case FIONREAD: {
		int n = ctl(EXOV6_TTY_NREAD, 0);
		if (n < 0)
			return -1;
		*(int *)arg = n;
		return 0;
	}
	default:
		errno = ENOTTY;
		return -1;
	}
}
