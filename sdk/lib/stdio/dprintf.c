/* dprintf.c - dprintf and vdprintf: format to a file descriptor through a
 * FILE of their own on the stack, flushed before they return. */
#include "file.h"

int vdprintf(int fd, const char *restrict fmt, va_list ap)
{
	unsigned char buf[256];
	FILE f = { .fd = fd, .flags = S_WRITE, .mode = _IOFBF, .buf = buf, .size = sizeof buf };
	int r = vfprintf(&f, fmt, ap);
	return __stdio_flush_output(&f) ? -1 : r;
}

int dprintf(int fd, const char *restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = vdprintf(fd, fmt, ap);
	va_end(ap);
	return r;
}
