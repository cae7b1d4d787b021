/* strncat.c - append at most n bytes of a string, always terminated. */
#include <string.h>

char *strncat(char *restrict dst, const char *restrict src, size_t n)
{
	char *end = dst + strlen(dst);
	size_t k = strnlen(src, n);
	memcpy(end, src, k);
	end[k] = 0;
	return dst;
}
