/* stdio_ext.h - looking inside FILE streams (glibc's interface, with
 * musl's and gnulib's __freadahead, __freadptr, __freadptrinc and
 * __fseterr): how big the buffer is, what it holds, whether the last
 * operation read or wrote.  Streams have no locks to manage (one thread
 * per process): __fsetlocking always answers FSETLOCKING_INTERNAL. */
#ifndef _STDIO_EXT_H
#define _STDIO_EXT_H

#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define FSETLOCKING_QUERY    0
#define FSETLOCKING_INTERNAL 1
#define FSETLOCKING_BYCALLER 2

/* The buffer's size (0 before the first I/O). */
size_t __fbufsize(FILE *f);
/* Opened read-only, or the last operation was input. */
int __freading(FILE *f);
/* Opened write-only, or the last operation was output. */
int __fwriting(FILE *f);
int __freadable(FILE *f);
int __fwritable(FILE *f);
/* Line buffered. */
int __flbf(FILE *f);
/* Output bytes not yet written. */
size_t __fpending(FILE *f);
/* Forget the buffered input and output. */
void __fpurge(FILE *f);
/* Flush every line-buffered stream. */
void _flushlbf(void);
int __fsetlocking(FILE *f, int type);

/* Input bytes buffered, pushed-back ones included (0 while writing). */
size_t __freadahead(FILE *f);
/* The buffered input and its size, or NULL if there is none to point at. */
const char *__freadptr(FILE *f, size_t *sizep);
/* Consume inc bytes of what __freadptr pointed at. */
void __freadptrinc(FILE *f, size_t inc);
/* Set the error indicator. */
void __fseterr(FILE *f);

#ifdef __cplusplus
}
#endif
#endif
