/* reallocarray.c - realloc for an array of n elements of size bytes, with
 * ENOMEM instead of an overflowed product (BSD, GNU). */
#include <errno.h>
#include <stdlib.h>

void *reallocarray(void *p, size_t n, size_t size)
{
	size_t bytes;
	if (__builtin_mul_overflow(n, size, &bytes)) {
		errno = ENOMEM;
		return NULL;
	}
	return realloc(p, bytes);
}
