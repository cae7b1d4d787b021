/* mbconv.c - multibyte <-> wide conversions in the single-byte ASCII "C"
 * locale: bytes 0-0x7f are the wide characters 0-0x7f, anything else is
 * EILSEQ.  There is never any shift state. */
#include <errno.h>
#include <stdint.h>
#include <wchar.h>

wint_t btowc(int c)
{
	return c >= 0 && c < 128 ? (wint_t)c : WEOF;
}

int wctob(wint_t wc)
{
	return wc < 128 ? (int)wc : -1;
}

int mbsinit(const mbstate_t *ps)
{
	return ps == NULL || ps->__count == 0;
}

size_t mbrtowc(wchar_t *restrict pwc, const char *restrict s, size_t n, mbstate_t *restrict ps)
{
	(void)ps;
	if (s == NULL)
		return 0;
	if (n == 0)
		return (size_t)-2;
	unsigned char c = (unsigned char)*s;
	if (c >= 128) {
		errno = EILSEQ;
		return (size_t)-1;
	}
	if (pwc != NULL)
		*pwc = c;
	return c != 0;
}

size_t mbrlen(const char *restrict s, size_t n, mbstate_t *restrict ps)
{
	return mbrtowc(NULL, s, n, ps);
}

size_t wcrtomb(char *restrict s, wchar_t wc, mbstate_t *restrict ps)
{
	(void)ps;
	if (s == NULL)
		return 1;
	if ((uint32_t)wc >= 128) {
		errno = EILSEQ;
		return (size_t)-1;
	}
	*s = (char)wc;
	return 1;
}

/* Like glibc, an empty string converts (to L'\0') even when n is 0. */
int mbtowc(wchar_t *restrict pwc, const char *restrict s, size_t n)
{
	if (s == NULL)
		return 0;
	if (*s == '\0')
		n = 1;
	size_t r = mbrtowc(pwc, s, n, NULL);
	return r > 1 ? -1 : (int)r;
}

int mblen(const char *s, size_t n)
{
	return mbtowc(NULL, s, n);
}

int wctomb(char *s, wchar_t wc)
{
	if (s == NULL)
		return 0;
	return (int)wcrtomb(s, wc, NULL);
}

size_t mbsrtowcs(wchar_t *restrict dst, const char **restrict src, size_t n, mbstate_t *restrict ps)
{
	const char *s = *src;
	size_t i;
	for (i = 0; dst == NULL || i < n; i++, s++) {
		wchar_t wc = 0;
		if (mbrtowc(&wc, s, 1, ps) == (size_t)-1) {
			if (dst != NULL)
				*src = s;
			return (size_t)-1;
		}
		if (dst != NULL)
			dst[i] = wc;
		if (wc == 0) {
			if (dst != NULL)
				*src = NULL;
			return i;
		}
	}
	*src = s;
	return i;
}

size_t wcsrtombs(char *restrict dst, const wchar_t **restrict src, size_t n, mbstate_t *restrict ps)
{
	const wchar_t *s = *src;
	size_t i;
	for (i = 0; dst == NULL || i < n; i++, s++) {
		char c;
		if (wcrtomb(&c, *s, ps) == (size_t)-1) {
			if (dst != NULL)
				*src = s;
			return (size_t)-1;
		}
		if (dst != NULL)
			dst[i] = c;
		if (c == 0) {
			if (dst != NULL)
				*src = NULL;
			return i;
		}
	}
	*src = s;
	return i;
}

size_t mbstowcs(wchar_t *restrict dst, const char *restrict src, size_t n)
{
	const char *s = src;
	return mbsrtowcs(dst, &s, n, NULL);
}

size_t wcstombs(char *restrict dst, const wchar_t *restrict src, size_t n)
{
	const wchar_t *s = src;
	return wcsrtombs(dst, &s, n, NULL);
}
