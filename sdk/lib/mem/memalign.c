/* memalign.c - posix_memalign and aligned_alloc. */
#include <errno.h>
#include <stdlib.h>
#include "malloc_private.h"

static int power_of_two(size_t a)
{
	return a && !(a & (a - 1));
}

int posix_memalign(void **out, size_t align, size_t n)
{
	if (!power_of_two(align) || align % sizeof(void *))
		return EINVAL;
	int saved = errno;
	void *p = __malloc_aligned(align, n);
	if (!p) {
		errno = saved;
		return ENOMEM;
	}
	*out = p;
	return 0;
}

void *aligned_alloc(size_t align, size_t n)
{
	if (!power_of_two(align)) {
		errno = EINVAL;
		return NULL;
	}
	return __malloc_aligned(align, n);
}
