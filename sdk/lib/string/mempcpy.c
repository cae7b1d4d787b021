/* mempcpy.c - memcpy that returns the end of the copy (GNU). */
#define _GNU_SOURCE
#include <string.h>

void *mempcpy(void *restrict dst, const void *restrict src, size_t n)
{
	return (char *)memcpy(dst, src, n) + n;
}
