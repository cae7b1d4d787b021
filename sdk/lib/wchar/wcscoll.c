/* wcscoll.c - wide collation in the "C" locale: wcscoll is wcscmp, and
 * wcsxfrm copies min(wcslen(src) + 1, n) wide characters and returns
 * wcslen(src) (as glibc). */
#include <wchar.h>

int wcscoll(const wchar_t *a, const wchar_t *b)
{
	return wcscmp(a, b);
}

size_t wcsxfrm(wchar_t *restrict dst, const wchar_t *restrict src, size_t n)
{
	size_t len = wcslen(src);
	if (n)
		wmemcpy(dst, src, len < n ? len + 1 : n);
	return len;
}
