/* read.c - byte input from streams: fgetc, getc, getchar, ungetc, fgets
 * and fread. */
#include <string.h>
#include "file.h"

int fgetc(FILE *f)
{
	if (f->nungot)
		return f->ungot[--f->nungot];
	if (f->rpos == f->rend && (__stdio_to_read(f) || !__stdio_fill(f)))
		return EOF;
	return f->buf[f->rpos++];
}

int getc(FILE *f)
{
	return fgetc(f);
}

int getchar(void)
{
	return fgetc(stdin);
}

int ungetc(int c, FILE *f)
{
	if (c == EOF || f->nungot == UNGET_MAX || __stdio_to_read(f))
		return EOF;
	f->ungot[f->nungot++] = (unsigned char)c;
	f->flags &= ~S_EOF;
	return (unsigned char)c;
}

char *fgets(char *restrict s, int n, FILE *restrict f)
{
	int i = 0;
	while (i < n - 1) {
		int c = fgetc(f);
		if (c == EOF)
			break;
		s[i++] = (char)c;
		if (c == '\n')
			break;
	}
	if (i == 0 && n != 1)
		return NULL;
	s[i] = 0;
	return s;
}

size_t fread(void *restrict p, size_t size, size_t n, FILE *restrict f)
{
	if (!size || !n)
		return 0;
	unsigned char *out = p;
	size_t want = size * n, got = 0;
	while (got < want && f->nungot)
		out[got++] = f->ungot[--f->nungot];
	while (got < want) {
		if (f->rpos == f->rend) {
			if (__stdio_to_read(f))
				break;
			if (want - got >= f->size) {    /* large: straight into p */
				size_t r = __stdio_read(f, out + got, want - got);
				if (!r)
					break;
				got += r;
				continue;
			}
			if (!__stdio_fill(f))
				break;
		}
		size_t k = f->rend - f->rpos < want - got ? f->rend - f->rpos : want - got;
		memcpy(out + got, f->buf + f->rpos, k);
		f->rpos += k;
		got += k;
	}
	return got / size;
}
