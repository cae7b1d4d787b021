/* write.c - byte output to streams: the buffered write under them all,
 * fputc, putc, putchar, fputs, puts and fwrite. */
#include <string.h>
#include <unistd.h>
#include "file.h"

size_t __stdio_write(FILE *f, const void *p, size_t n)
{
	if (__stdio_to_write(f))
		return 0;
	const unsigned char *s = p;
	if (f->wlen + n > f->size) {    /* does not fit: write out, then maybe directly */
		if (__stdio_flush_output(f))
			return 0;
		if (n >= f->size) {
			size_t done = 0;
			while (done < n) {
				ssize_t w = write(f->fd, s + done, n - done);
				if (w <= 0) {
					f->flags |= S_ERR;
					break;
				}
				done += (size_t)w;
			}
			return done;
		}
	}
	memcpy(f->buf + f->wlen, s, n);
	f->wlen += n;
	if (f->mode == _IONBF || (f->mode == _IOLBF && memchr(s, '\n', n)))
		__stdio_flush_output(f);   /* the bytes were taken even if this fails */
	return n;
}

int fputc(int c, FILE *f)
{
	unsigned char ch = (unsigned char)c;
	if (f->mode == _IOFBF && f->wlen && f->wlen < f->size) {    /* the common case */
		f->buf[f->wlen++] = ch;
		return ch;
	}
	return __stdio_write(f, &ch, 1) ? ch : EOF;
}

int putc(int c, FILE *f)
{
	return fputc(c, f);
}

int putchar(int c)
{
	return fputc(c, stdout);
}

int fputs(const char *restrict s, FILE *restrict f)
{
	size_t n = strlen(s);
	return __stdio_write(f, s, n) == n ? 1 : EOF;
}

int puts(const char *s)
{
	return fputs(s, stdout) == EOF || fputc('\n', stdout) == EOF ? EOF : 1;
}

size_t fwrite(const void *restrict p, size_t size, size_t n, FILE *restrict f)
{
	if (!size || !n)
		return 0;
	return __stdio_write(f, p, size * n) / size;
}
