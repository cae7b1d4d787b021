/* wide.c - wide-character stream I/O: fwide, fgetwc, getwc, getwchar,
 * ungetwc, fgetws, fputwc, putwc, putwchar, fputws.  Characters go
 * through the locale's multibyte conversion (mbrtowc, wcrtomb: in the "C"
 * locale one byte each, bytes from 0x80 up invalid).  A stream is
 * oriented by its first I/O: a wide function on a byte stream returns
 * WEOF (as glibc).  An invalid byte on input gives WEOF with EILSEQ and
 * the error indicator, and stays unread (as glibc); a character the
 * locale cannot encode gives WEOF with EILSEQ and the error indicator on
 * output (POSIX; glibc writes '?' instead). */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include "file.h"

int fwide(FILE *f, int mode)
{
	if (mode && !f->orient)
		f->orient = mode > 0 ? 1 : -1;
	return f->orient;
}

/* Orient f for wide I/O: 0, or -1 if it is a byte stream. */
static int wide(FILE *f)
{
	return fwide(f, 1) > 0 ? 0 : -1;
}

/* Put bytes back in front of the input, as they were read. */
static void unread(FILE *f, const unsigned char *b, size_t n)
{
	while (n && f->nungot < UNGET_MAX)
		f->ungot[f->nungot++] = b[--n];
}

wint_t fgetwc(FILE *f)
{
	if (wide(f))
		return WEOF;
	if (f->nwungot)
		return f->wungot[--f->nwungot];
	unsigned char bytes[MB_LEN_MAX];
	size_t n = 0;
	mbstate_t st;
	memset(&st, 0, sizeof st);
	for (;;) {
		int c = fgetc(f);
		if (c == EOF) {
			if (n) {                /* a character cut short */
				unread(f, bytes, n);
				f->flags |= S_ERR;
				errno = EILSEQ;
			}
			return WEOF;
		}
		bytes[n++] = (unsigned char)c;
		wchar_t wc;
		char ch = (char)c;
		size_t r = mbrtowc(&wc, &ch, 1, &st);
		if (r == (size_t)-2 && n < sizeof bytes)
			continue;
		if (r == (size_t)-1 || r == (size_t)-2) {
			unread(f, bytes, n);
			f->flags |= S_ERR;
			errno = EILSEQ;
			return WEOF;
		}
		return (wint_t)wc;
	}
}

wint_t getwc(FILE *f)
{
	return fgetwc(f);
}

wint_t getwchar(void)
{
	return fgetwc(stdin);
}

wint_t ungetwc(wint_t wc, FILE *f)
{
	if (wc == WEOF || wide(f) || __stdio_to_read(f))
		return WEOF;
	char b[MB_LEN_MAX];
	mbstate_t st;
	memset(&st, 0, sizeof st);
	int saved = errno;      /* no byte form is not a failure here */
	size_t n = f->nwungot ? (size_t)-1 : wcrtomb(b, (wchar_t)wc, &st);
	errno = saved;
	if (n != (size_t)-1 && f->nungot + n <= UNGET_MAX) {
		unread(f, (const unsigned char *)b, n);
	} else if (f->nwungot < WUNGET_MAX) {
		/* no byte form, or pushed back on top of one that had none */
		f->wungot[f->nwungot++] = wc;
	} else {
		return WEOF;
	}
	f->flags &= ~S_EOF;
	return wc;
}

wchar_t *fgetws(wchar_t *restrict ws, int n, FILE *restrict f)
{
	if (n <= 0)
		return NULL;
	/* Only an error of this call counts (as glibc). */
	int old_error = f->flags & S_ERR;
	f->flags &= ~S_ERR;
	int i = 0;
	while (i < n - 1) {
		wint_t c = fgetwc(f);
		if (c == WEOF)
			break;
		ws[i++] = (wchar_t)c;
		if (c == L'\n')
			break;
	}
	int failed = (i == 0 && n > 1) || (f->flags & S_ERR);
	f->flags |= old_error;
	if (failed)
		return NULL;
	ws[i] = 0;
	return ws;
}

wint_t fputwc(wchar_t wc, FILE *f)
{
	if (wide(f))
		return WEOF;
	char b[MB_LEN_MAX];
	mbstate_t st;
	memset(&st, 0, sizeof st);
	size_t n = wcrtomb(b, wc, &st);
	if (n == (size_t)-1) {
		f->flags |= S_ERR;
		return WEOF;            /* errno is EILSEQ */
	}
	return __stdio_write(f, b, n) == n ? (wint_t)wc : WEOF;
}

wint_t putwc(wchar_t wc, FILE *f)
{
	return fputwc(wc, f);
}

wint_t putwchar(wchar_t wc)
{
	return fputwc(wc, stdout);
}

int fputws(const wchar_t *restrict ws, FILE *restrict f)
{
	for (; *ws; ws++)
		if (fputwc(*ws, f) == WEOF)
			return -1;
	return wide(f) ? -1 : 1;
}
