/* buffer.c - stream buffers: the buffering mode (a terminal is line
 * buffered, anything else fully; stderr unbuffered), setvbuf and setbuf,
 * refilling for input, writing out for output, switching between the two,
 * fflush and the flush at exit. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "file.h"

int __stdio_setup(FILE *f)
{
	if (f->buf)
		return 0;
	if (f->mode < 0) {
		/* A probe, not a failure: isatty's ENOTTY must not leak. */
		int saved = errno;
		f->mode = isatty(f->fd) ? _IOLBF : _IOFBF;
		errno = saved;
	}
	if (f->mode == _IONBF) {
		f->buf = &f->tiny;
		f->size = 1;
		return 0;
	}
	/* The standard streams' buffers are static: printf never mallocs. */
	static unsigned char std_bufs[3][BUFSIZ];
	if (f->flags & S_STATIC) {
		f->buf = std_bufs[f == stdin ? 0 : f == stdout ? 1 : 2];
	} else {
		f->buf = malloc(BUFSIZ);
		if (!f->buf) {
			f->flags |= S_ERR;
			return -1;
		}
		f->flags |= S_OWN_BUF;
	}
	f->size = BUFSIZ;
	return 0;
}

int setvbuf(FILE *restrict f, char *restrict buf, int mode, size_t size)
{
	if ((mode != _IOFBF && mode != _IOLBF && mode != _IONBF) || f->buf) {
		errno = EINVAL;
		return -1;
	}
	f->mode = mode;
	if (buf && size && mode != _IONBF) {
		f->buf = (unsigned char *)buf;
		f->size = size;
	}
	return 0;
}

void setbuf(FILE *restrict f, char *restrict buf)
{
	setvbuf(f, buf, buf ? _IOFBF : _IONBF, BUFSIZ);
}

int __stdio_flush_output(FILE *f)
{
	size_t done = 0;
	while (done < f->wlen) {
		ssize_t w = write(f->fd, f->buf + done, f->wlen - done);
		if (w <= 0) {
			/* keep what was not written, as glibc */
			f->wlen -= done;
			memmove(f->buf, f->buf + done, f->wlen);
			f->flags |= S_ERR;
			return -1;
		}
		done += (size_t)w;
	}
	f->wlen = 0;
	return 0;
}

int __stdio_drop_input(FILE *f)
{
	off_t unread = (off_t)(f->rend - f->rpos + f->nungot);
	if (unread && lseek(f->fd, -unread, SEEK_CUR) < 0)
		return -1;
	f->rpos = f->rend = f->nungot = f->nwungot = 0;
	return 0;
}

int __stdio_to_read(FILE *f)
{
	if (!(f->flags & S_READ)) {
		f->flags |= S_ERR;
		errno = EBADF;
		return -1;
	}
	if (__stdio_setup(f))
		return -1;
	if (!f->orient)
		f->orient = -1;        /* a wide function has set 1 before */
	f->flags = (f->flags & ~S_WRITING) | S_READING;
	return f->wlen ? __stdio_flush_output(f) : 0;
}

int __stdio_to_write(FILE *f)
{
	if (!(f->flags & S_WRITE)) {
		f->flags |= S_ERR;
		errno = EBADF;
		return -1;
	}
	if (__stdio_setup(f))
		return -1;
	if (!f->orient)
		f->orient = -1;
	f->flags = (f->flags & ~S_READING) | S_WRITING;
	int saved = errno;
	if (__stdio_drop_input(f)) {    /* not seekable: the input is lost */
		f->rpos = f->rend = f->nungot = 0;
		errno = saved;
	}
	return 0;
}

size_t __stdio_read(FILE *f, void *dst, size_t n)
{
	/* Waiting for input on an interactive stream: show the prompts. */
	if (f->mode != _IOFBF)
		for (FILE *g = __stdio_list; g; g = g->next)
			if (g->mode == _IOLBF && g->wlen)
				__stdio_flush_output(g);
	ssize_t r = read(f->fd, dst, n);
	if (r <= 0) {
		f->flags |= r == 0 ? S_EOF : S_ERR;
		return 0;
	}
	return (size_t)r;
}

int __stdio_fill(FILE *f)
{
	f->rpos = 0;
	f->rend = __stdio_read(f, f->buf, f->size);
	return f->rend != 0;
}

int fflush(FILE *f)
{
	if (!f) {
		int r = 0;
		for (FILE *g = __stdio_list; g; g = g->next)
			if (g->wlen && __stdio_flush_output(g))
				r = EOF;
		return r;
	}
	if (f->wlen)
		return __stdio_flush_output(f) ? EOF : 0;
	if (f->flags & S_READ) {    /* give back the input read ahead, if seekable */
		int saved = errno;
		if (__stdio_drop_input(f))
			errno = saved;
	}
	return 0;
}

void __stdio_flush_all(void)
{
	fflush(NULL);
}
