/* fscanf.c - fscanf, vfscanf, scanf and vscanf: the scanf engine reading
 * a stream (one byte of lookahead, given back with ungetc). */
#include "file.h"
#include "scan.h"

struct stream_source {
	struct source source;
	FILE *f;
};

static int stream_get(struct source *self)
{
	return fgetc(((struct stream_source *)self)->f);
}

static void stream_unget(struct source *self, int c)
{
	ungetc(c, ((struct stream_source *)self)->f);
}

int vfscanf(FILE *restrict f, const char *restrict fmt, va_list ap)
{
	struct stream_source s = { { stream_get, stream_unget }, f };
	return __libc_scan(&s.source, fmt, ap);
}

int fscanf(FILE *restrict f, const char *restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = vfscanf(f, fmt, ap);
	va_end(ap);
	return r;
}

int vscanf(const char *restrict fmt, va_list ap)
{
	return vfscanf(stdin, fmt, ap);
}

int scanf(const char *restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = vfscanf(stdin, fmt, ap);
	va_end(ap);
	return r;
}
