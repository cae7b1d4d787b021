/* fprintf.c - fprintf, vfprintf, printf and vprintf: format into a
 * stream, gathering the pieces first so that an unbuffered stream (stderr)
 * gets few writes. */
#include <string.h>
#include "file.h"
#include "format.h"

struct stream_sink {
	struct sink sink;
	FILE *f;
	size_t used;
	char buf[256];
};

static int pass_on(struct stream_sink *o)
{
	size_t n = o->used;
	o->used = 0;
	return __stdio_write(o->f, o->buf, n) == n ? 0 : -1;
}

static int stream_put(struct sink *self, const char *s, size_t n)
{
	struct stream_sink *o = (struct stream_sink *)self;
	if (o->used + n > sizeof o->buf && pass_on(o))
		return -1;
	if (n > sizeof o->buf)
		return __stdio_write(o->f, s, n) == n ? 0 : -1;
	memcpy(o->buf + o->used, s, n);
	o->used += n;
	return 0;
}

int vfprintf(FILE *restrict f, const char *restrict fmt, va_list ap)
{
	struct stream_sink o = { { stream_put }, f, 0, { 0 } };
	int r = __libc_format(&o.sink, fmt, ap);
	return pass_on(&o) ? -1 : r;
}

int fprintf(FILE *restrict f, const char *restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = vfprintf(f, fmt, ap);
	va_end(ap);
	return r;
}

int vprintf(const char *restrict fmt, va_list ap)
{
	return vfprintf(stdout, fmt, ap);
}

int printf(const char *restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = vfprintf(stdout, fmt, ap);
	va_end(ap);
	return r;
}
