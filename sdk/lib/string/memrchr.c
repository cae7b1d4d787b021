/* memrchr.c - the last occurrence of a byte in the first n bytes (GNU). */
#define _GNU_SOURCE
#include <string.h>

void *memrchr(const void *s, int c, size_t n)
{
	const unsigned char *p = s;
	while (n--)
		if (p[n] == (unsigned char)c)
			return (void *)(p + n);
	return NULL;
}
