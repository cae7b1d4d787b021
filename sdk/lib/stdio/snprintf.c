/* snprintf.c - snprintf and vsnprintf: format into a buffer, truncating at
 * size - 1 bytes and always terminating (when size > 0); sprintf and
 * vsprintf, the same without a limit. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include "format.h"

struct buffer_sink {
	struct sink sink;
	char *buf;
	size_t size, used;
};

static int buffer_put(struct sink *self, const char *s, size_t n)
{
	struct buffer_sink *b = (struct buffer_sink *)self;
	if (b->used + 1 < b->size) {
		size_t room = b->size - 1 - b->used;
		memcpy(b->buf + b->used, s, n < room ? n : room);
	}
	b->used += n;
	return 0;
}

int vsnprintf(char *restrict buf, size_t size, const char *restrict fmt, va_list ap)
{
	struct buffer_sink b = { { buffer_put }, buf, size, 0 };
	int r = __libc_format(&b.sink, fmt, ap);
	if (size)
		buf[b.used < size ? b.used : size - 1] = 0;
	return r;
}

int snprintf(char *restrict buf, size_t size, const char *restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = vsnprintf(buf, size, fmt, ap);
	va_end(ap);
	return r;
}

int vsprintf(char *restrict buf, const char *restrict fmt, va_list ap)
{
	return vsnprintf(buf, SIZE_MAX, fmt, ap);
}

int sprintf(char *restrict buf, const char *restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = vsnprintf(buf, SIZE_MAX, fmt, ap);
	va_end(ap);
	return r;
}
