/* seek.c - stream positions: fseek, fseeko, ftell, ftello, fgetpos,
 * fsetpos and rewind. */
#include <errno.h>
#include <limits.h>
#include <unistd.h>
#include "file.h"

int fseeko(FILE *f, off_t offset, int whence)
{
	if (whence != SEEK_SET && whence != SEEK_CUR && whence != SEEK_END) {
		errno = EINVAL;
		return -1;
	}
	if (f->wlen && __stdio_flush_output(f))
		return -1;
	if (whence == SEEK_CUR)    /* relative to what the reader has seen */
		offset -= (off_t)(f->rend - f->rpos + f->nungot);
	if (lseek(f->fd, offset, whence) < 0)
		return -1;
	f->rpos = f->rend = f->nungot = f->nwungot = 0;
	/* As glibc: a stream that can read counts as reading after a seek. */
	f->flags &= ~(S_EOF | S_READING | S_WRITING);
	if (f->flags & S_READ)
		f->flags |= S_READING;
	return 0;
}

int fseek(FILE *f, long offset, int whence)
{
	return fseeko(f, offset, whence);
}

off_t ftello(FILE *f)
{
	off_t pos = lseek(f->fd, 0, SEEK_CUR);
	if (pos < 0)
		return -1;
	pos += (off_t)f->wlen - (off_t)(f->rend - f->rpos + f->nungot);
	if (pos < 0) {
		errno = EIO;
		return -1;
	}
	return pos;
}

long ftell(FILE *f)
{
	return ftello(f);
}

int fgetpos(FILE *restrict f, fpos_t *restrict pos)
{
	off_t o = ftello(f);
	if (o < 0)
		return -1;
	pos->__offset = o;
	return 0;
}

int fsetpos(FILE *f, const fpos_t *pos)
{
	return fseeko(f, pos->__offset, SEEK_SET);
}

void rewind(FILE *f)
{
	fseeko(f, 0, SEEK_SET);
	f->flags &= ~S_ERR;
}
