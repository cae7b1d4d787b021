/* dprintf.c - dprintf and vdprintf: format to a file descriptor through
 * a small buffer of their own (no FILE stream). */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "format.h"

struct fd_sink {
	struct sink sink;
	int fd;
	size_t used;
	char buf[256];
};

static int flush(struct fd_sink *f)
{
	for (size_t done = 0; done < f->used;) {
		ssize_t w = write(f->fd, f->buf + done, f->used - done);
		if (w <= 0)
			return -1;
		done += (size_t)w;
	}
	f->used = 0;
	return 0;
}

static int fd_put(struct sink *self, const char *s, size_t n)
{
	struct fd_sink *f = (struct fd_sink *)self;
	while (n) {
		if (f->used == sizeof f->buf && flush(f))
			return -1;
		size_t k = sizeof f->buf - f->used < n ? sizeof f->buf - f->used : n;
		memcpy(f->buf + f->used, s, k);
		f->used += k;
		s += k;
		n -= k;
	}
	return 0;
}

int vdprintf(int fd, const char *restrict fmt, va_list ap)
{
	struct fd_sink f = { { fd_put }, fd, 0, { 0 } };
	int r = format(&f.sink, fmt, ap);
	if (flush(&f))
		return -1;
	return r;
}

int dprintf(int fd, const char *restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = vdprintf(fd, fmt, ap);
	va_end(ap);
	return r;
}
