/* fprintf.c - fprintf, vfprintf, printf and vprintf: format into a
 * stream's buffer. */
#include "file.h"
#include "format.h"

struct stream_sink {
	struct sink sink;
	FILE *f;
};

static int stream_put(struct sink *self, const char *s, size_t n)
{
	struct stream_sink *o = (struct stream_sink *)self;
	return __stdio_write(o->f, s, n) == n ? 0 : -1;
}

int vfprintf(FILE *restrict f, const char *restrict fmt, va_list ap)
{
	struct stream_sink o = { { stream_put }, f };
	return format(&o.sink, fmt, ap);
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
