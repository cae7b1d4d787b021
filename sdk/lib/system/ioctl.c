/* ioctl.c - the console's requests: its size (80x24) and its termios
 * record; ENOTTY for anything else or any other descriptor. */
#include <errno.h>
#include <stdarg.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

int ioctl(int fd, unsigned long request, ...)
{
	if (!isatty(fd))
		return -1;
	va_list ap;
	va_start(ap, request);
	void *arg = va_arg(ap, void *);
	va_end(ap);
	switch (request) {
	case TIOCGWINSZ: {
		struct winsize *ws = arg;
		ws->ws_row = 24;
		ws->ws_col = 80;
		ws->ws_xpixel = ws->ws_ypixel = 0;
		return 0;
	}
	case TCGETS:
		return tcgetattr(fd, arg);
	case TCSETS:
	case TCSETSW:
	case TCSETSF:
		return tcsetattr(fd, (int)(request - TCSETS) + TCSANOW, arg);
	default:
		errno = ENOTTY;
		return -1;
	}
}
