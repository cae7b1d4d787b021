/* strcoll.c - collation in the "C" locale, the only one: strcoll is
 * strcmp, and strxfrm's transformed string is the string itself (as
 * glibc, it copies min(strlen(src) + 1, n) bytes and returns strlen(src)). */
#include <string.h>

int strcoll(const char *a, const char *b)
{
	return strcmp(a, b);
}

size_t strxfrm(char *restrict dst, const char *restrict src, size_t n)
{
	size_t len = strlen(src);
	if (n)
		memcpy(dst, src, len < n ? len + 1 : n);
	return len;
}
