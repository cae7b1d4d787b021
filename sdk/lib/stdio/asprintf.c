/* asprintf.c - asprintf and vasprintf: format into a string malloc'd to
 * the exact length. */
#define _GNU_SOURCE     /* asprintf and vasprintf are GNU names */
#include <stdio.h>
#include <stdlib.h>

int vasprintf(char **restrict out, const char *restrict fmt, va_list ap)
{
	va_list again;
	va_copy(again, ap);
	int n = vsnprintf(NULL, 0, fmt, ap);
	*out = n < 0 ? NULL : malloc((size_t)n + 1);
	if (*out)
		vsnprintf(*out, (size_t)n + 1, fmt, again);
	va_end(again);
	return *out ? n : -1;
}

int asprintf(char **restrict out, const char *restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = vasprintf(out, fmt, ap);
	va_end(ap);
	return r;
}
