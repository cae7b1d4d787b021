/* sscanf.c - sscanf and vsscanf: the scanf engine reading a string. */
#include <stdio.h>
#include "scan.h"

struct string_source {
	struct source source;
	const unsigned char *p;
};

static int string_get(struct source *self)
{
	struct string_source *s = (struct string_source *)self;
	return *s->p ? *s->p++ : EOF;
}

static void string_unget(struct source *self, int c)
{
	(void)c;
	((struct string_source *)self)->p--;
}

int vsscanf(const char *restrict str, const char *restrict fmt, va_list ap)
{
	struct string_source s = { { string_get, string_unget }, (const unsigned char *)str };
	return __libc_scan(&s.source, fmt, ap);
}

int sscanf(const char *restrict str, const char *restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = vsscanf(str, fmt, ap);
	va_end(ap);
	return r;
}
