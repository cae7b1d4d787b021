/* file.c - FILE streams: stdin, stdout and stderr, the list of open
 * streams, mode strings, fopen, fdopen, freopen, fclose, fileno and the
 * end-of-file and error indicators. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>
#include "file.h"

static FILE std_err = { .fd = 2, .flags = S_WRITE | S_STATIC, .mode = _IONBF };
static FILE std_out = { .fd = 1, .flags = S_WRITE | S_STATIC, .mode = -1, .next = &std_err };
static FILE std_in = { .fd = 0, .flags = S_READ | S_STATIC, .mode = -1, .next = &std_out };

FILE *stdin = &std_in, *stdout = &std_out, *stderr = &std_err;
FILE *__stdio_list = &std_in;

int __stdio_parse_mode(const char *mode, int *oflags, int *sflags)
{
	int acc;
	switch (*mode) {
	case 'r': acc = O_RDONLY, *oflags = 0; break;
	case 'w': acc = O_WRONLY, *oflags = O_CREAT | O_TRUNC; break;
	case 'a': acc = O_WRONLY, *oflags = O_CREAT | O_APPEND; break;
	default:
		errno = EINVAL;
		return -1;
	}
	for (const char *p = mode + 1; *p; p++) {
		if (*p == '+')
			acc = O_RDWR;
		else if (*p == 'x')
			*oflags |= O_EXCL;
		else if (*p == 'e')
			*oflags |= O_CLOEXEC;
		/* 'b' and anything else: ignored, as glibc */
	}
	*oflags |= acc;
	*sflags = acc == O_RDWR ? S_READ | S_WRITE : acc == O_RDONLY ? S_READ : S_WRITE;
	return 0;
}

FILE *__stdio_new(int fd, int sflags)
{
	FILE *f = calloc(1, sizeof *f);
	if (!f)
		return NULL;
	f->fd = fd;
	f->flags = sflags;
	f->mode = -1;
	f->next = __stdio_list;
	__stdio_list = f;
	return f;
}

FILE *fopen(const char *restrict path, const char *restrict mode)
{
	int oflags, sflags;
	if (__stdio_parse_mode(mode, &oflags, &sflags))
		return NULL;
	int fd = open(path, oflags, 0666);
	if (fd < 0)
		return NULL;
	FILE *f = __stdio_new(fd, sflags);
	if (!f)
		close(fd);
	return f;
}

FILE *fdopen(int fd, const char *mode)
{
	int oflags, sflags;
	if (__stdio_parse_mode(mode, &oflags, &sflags))
		return NULL;
	int fl = fcntl(fd, F_GETFL);
	if (fl < 0)
		return NULL;
	if (((sflags & S_READ) && (fl & O_ACCMODE) == O_WRONLY) ||
	    ((sflags & S_WRITE) && (fl & O_ACCMODE) == O_RDONLY)) {
		errno = EINVAL;
		return NULL;
	}
	if ((oflags & O_APPEND) && !(fl & O_APPEND) && fcntl(fd, F_SETFL, fl | O_APPEND) < 0)
		return NULL;
	return __stdio_new(fd, sflags);
}

/* Flush f, close its descriptor and free its buffer: f stays listed. */
static int release(FILE *f)
{
	int r = fflush(f);
	if (f->fd >= 0 && close(f->fd) < 0)
		r = EOF;
	if (f->flags & S_OWN_BUF)
		free(f->buf);
	f->fd = -1;
	f->buf = NULL;
	f->size = f->rpos = f->rend = f->wlen = f->nungot = 0;
	f->orient = 0;
	f->nwungot = 0;
	f->flags &= S_STATIC;
	f->mode = f == stderr ? _IONBF : -1;
	return r;
}

FILE *freopen(const char *restrict path, const char *restrict mode, FILE *restrict f)
{
	int oflags, sflags;
	if (!path) {    /* the same descriptor with a new mode */
		if (__stdio_parse_mode(mode, &oflags, &sflags) || fflush(f))
			return NULL;
		int fl = fcntl(f->fd, F_GETFL);
		if (fl < 0 || fcntl(f->fd, F_SETFL, (fl & ~O_APPEND) | (oflags & O_APPEND)) < 0)
			return NULL;
		f->flags = (f->flags & ~(S_READ | S_WRITE | S_EOF | S_ERR | S_READING | S_WRITING)) |
			   sflags;
		f->orient = 0;
		return f;
	}
	int old = f->fd;
	release(f);
	if (__stdio_parse_mode(mode, &oflags, &sflags))
		return NULL;
	int fd = open(path, oflags, 0666);
	if (fd < 0)
		return NULL;
	if (old >= 0 && fd != old) {    /* keep the descriptor number, as glibc */
		if (dup2(fd, old) < 0) {
			close(fd);
			return NULL;
		}
		close(fd);
		fd = old;
	}
	f->fd = fd;
	f->flags |= sflags;
	return f;
}

int fclose(FILE *f)
{
	int r = release(f);
	if (f->flags & S_STATIC)
		return r;
	for (FILE **p = &__stdio_list; *p; p = &(*p)->next)
		if (*p == f) {
			*p = f->next;
			break;
		}
	free(f);
	return r;
}

int fileno(FILE *f)
{
	if (f->fd < 0)
		errno = EBADF;
	return f->fd;
}

int feof(FILE *f)
{
	return !!(f->flags & S_EOF);
}

int ferror(FILE *f)
{
	return !!(f->flags & S_ERR);
}

void clearerr(FILE *f)
{
	f->flags &= ~(S_EOF | S_ERR);
}
