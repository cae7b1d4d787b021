/* scan.h - the scanf engine shared by the scanf family: it reads its input
 * one byte at a time from a source that can take one byte back. */
#ifndef STDIO_SCAN_H
#define STDIO_SCAN_H

#include <stdarg.h>

struct source {
	int (*get)(struct source *self);            /* the next byte, or EOF */
	void (*unget)(struct source *self, int c);  /* c (never EOF) comes next again */
};

/* The number of assignments made, or EOF if the input ended (or failed)
 * before the first one. */
int __libc_scan(struct source *in, const char *fmt, va_list ap);

#endif
