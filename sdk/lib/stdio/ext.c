/* ext.c - <stdio_ext.h>: what a stream's buffer holds, for gnulib and
 * other code that looks inside FILE: glibc's __fbufsize __freading
 * __fwriting __freadable __fwritable __flbf __fpurge __fpending
 * _flushlbf __fsetlocking, the extensions musl and gnulib know
 * (__freadahead __freadptr __freadptrinc __fseterr) and BSD's fpurge. */
#include <stdio_ext.h>
#include "file.h"

size_t __fbufsize(FILE *f)
{
	return f->size;
}

int __freading(FILE *f)
{
	return !(f->flags & S_WRITE) || (f->flags & S_READING);
}

int __fwriting(FILE *f)
{
	return !(f->flags & S_READ) || (f->flags & S_WRITING);
}

int __freadable(FILE *f)
{
	return !!(f->flags & S_READ);
}

int __fwritable(FILE *f)
{
	return !!(f->flags & S_WRITE);
}

int __flbf(FILE *f)
{
	return f->mode == _IOLBF;
}

size_t __fpending(FILE *f)
{
	return f->wlen;
}

void __fpurge(FILE *f)
{
	f->wlen = 0;
	f->rpos = f->rend = f->nungot = f->nwungot = 0;
}

int fpurge(FILE *f)
{
	__fpurge(f);
	return 0;
}

void _flushlbf(void)
{
	for (FILE *g = __stdio_list; g; g = g->next)
		if (g->mode == _IOLBF && g->wlen)
			__stdio_flush_output(g);
}

int __fsetlocking(FILE *f, int type)
{
	(void)f;
	(void)type;
	return FSETLOCKING_INTERNAL;    /* one thread: nothing to lock */
}

size_t __freadahead(FILE *f)
{
	if (f->flags & S_WRITING)
		return 0;
	return f->rend - f->rpos + f->nungot;
}

const char *__freadptr(FILE *f, size_t *sizep)
{
	/* Pushed-back bytes are not in the buffer: nothing to point at. */
	if (f->nungot || f->rpos == f->rend || (f->flags & S_WRITING))
		return NULL;
	*sizep = f->rend - f->rpos;
	return (const char *)f->buf + f->rpos;
}

void __freadptrinc(FILE *f, size_t inc)
{
	f->rpos += inc;
}

void __fseterr(FILE *f)
{
	f->flags |= S_ERR;
}
