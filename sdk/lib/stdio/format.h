/* format.h - the printf engine shared by every printf-family function: it
 * formats into a sink that takes the output in pieces. */
#ifndef STDIO_FORMAT_H
#define STDIO_FORMAT_H

#include <stdarg.h>
#include <stddef.h>

struct sink {
	/* Take n bytes; returns 0, or -1 to stop with an error. */
	int (*put)(struct sink *self, const char *s, size_t n);
};

/* Returns the number of bytes produced, or -1 (errno set) on error. */
int format(struct sink *out, const char *fmt, va_list ap);

#endif
