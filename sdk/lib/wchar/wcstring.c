/* wcstring.c - wide character string and array functions. */
#include <stdlib.h>
#include <wchar.h>

size_t wcslen(const wchar_t *s)
{
	size_t n = 0;
	while (s[n] != 0)
		n++;
	return n;
}

wchar_t *wmemcpy(wchar_t *restrict dst, const wchar_t *restrict src, size_t n)
{
	for (size_t i = 0; i < n; i++)
		dst[i] = src[i];
	return dst;
}

wchar_t *wmemmove(wchar_t *dst, const wchar_t *src, size_t n)
{
	if (dst < src)
		return wmemcpy(dst, src, n);
	for (size_t i = n; i > 0; i--)
		dst[i - 1] = src[i - 1];
	return dst;
}

wchar_t *wmemset(wchar_t *dst, wchar_t wc, size_t n)
{
	for (size_t i = 0; i < n; i++)
		dst[i] = wc;
	return dst;
}

wchar_t *wmemchr(const wchar_t *s, wchar_t wc, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] == wc)
			return (wchar_t *)&s[i];
	return NULL;
}

int wmemcmp(const wchar_t *a, const wchar_t *b, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (a[i] != b[i])
			return a[i] < b[i] ? -1 : 1;
	return 0;
}

wchar_t *wcscpy(wchar_t *restrict dst, const wchar_t *restrict src)
{
	return wmemcpy(dst, src, wcslen(src) + 1);
}

wchar_t *wcsncpy(wchar_t *restrict dst, const wchar_t *restrict src, size_t n)
{
	size_t i = 0;
	for (; i < n && src[i] != 0; i++)
		dst[i] = src[i];
	wmemset(dst + i, 0, n - i);
	return dst;
}

wchar_t *wcscat(wchar_t *restrict dst, const wchar_t *restrict src)
{
	wcscpy(dst + wcslen(dst), src);
	return dst;
}

int wcsncmp(const wchar_t *a, const wchar_t *b, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (a[i] != b[i])
			return a[i] < b[i] ? -1 : 1;
		if (a[i] == 0)
			break;
	}
	return 0;
}

int wcscmp(const wchar_t *a, const wchar_t *b)
{
	return wcsncmp(a, b, (size_t)-1);
}

wchar_t *wcschr(const wchar_t *s, wchar_t wc)
{
	return wmemchr(s, wc, wcslen(s) + 1);
}

wchar_t *wcsrchr(const wchar_t *s, wchar_t wc)
{
	const wchar_t *found = NULL;
	for (size_t i = 0;; i++) {
		if (s[i] == wc)
			found = &s[i];
		if (s[i] == 0)
			return (wchar_t *)found;
	}
}

wchar_t *wcsdup(const wchar_t *s)
{
	size_t n = wcslen(s) + 1;
	wchar_t *copy = malloc(n * sizeof *copy);
	return copy != NULL ? wmemcpy(copy, s, n) : NULL;
}
