/* strlcpy.c - copy a string into a buffer of size bytes, always
 * terminated when size > 0; returns strlen(src) so truncation shows. */
#include <string.h>

size_t strlcpy(char *restrict dst, const char *restrict src, size_t size)
{
	size_t len = strlen(src);
	if (size) {
		size_t n = len < size - 1 ? len : size - 1;
		memcpy(dst, src, n);
		dst[n] = 0;
	}
	return len;
}
