/* calloc.c - zeroed arrays, refusing counts whose product overflows. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

void *calloc(size_t count, size_t size)
{
	size_t n;
	if (__builtin_mul_overflow(count, size, &n)) {
		errno = ENOMEM;
		return NULL;
	}
	void *p = malloc(n);
	if (p)
		memset(p, 0, n);
	return p;
}
