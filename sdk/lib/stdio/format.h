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
int __libc_format(struct sink *out, const char *fmt, va_list ap);

/* Between the engine and its conversions (format.c, format_float.c). */
enum { F_MINUS = 1, F_PLUS = 2, F_SPACE = 4, F_HASH = 8, F_ZERO = 16 };

struct out {
	struct sink *sink;
	size_t count;
	int failed;
};

void __libc_format_emit(struct out *o, const char *s, size_t n);
void __libc_format_pad(struct out *o, char c, size_t n);
/* A field of prefix and a body of len bytes, padded to width: open emits
 * what goes before the body, close what goes after it. */
void __libc_format_open(struct out *o, int flags, size_t width, const char *prefix, size_t len);
void __libc_format_close(struct out *o, int flags, size_t width, const char *prefix, size_t len);

/* %a %A %e %E %f %F %g %G of v, which is a double unless is_long. */
void __libc_format_float(struct out *o, int flags, size_t width, int precision, char conv,
		  long double v, int is_long);

#endif
