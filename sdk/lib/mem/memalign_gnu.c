/* memalign_gnu.c - glibc's older allocation calls: memalign (any
 * alignment: rounded up to a power of two), valloc and pvalloc (page
 * aligned; pvalloc rounds the size up to pages), malloc_usable_size, and
 * mallopt and malloc_trim, which have nothing to tune or trim here. */
#include <errno.h>
#include <malloc.h>
#include <stdint.h>
#include "malloc_private.h"

#define PAGE 4096

void *memalign(size_t align, size_t n)
{
	size_t a = 16;
	while (a < align) {
		if (a > SIZE_MAX / 2) {
			errno = EINVAL;
			return NULL;
		}
		a <<= 1;
	}
	return __malloc_aligned(a, n);
}

void *valloc(size_t n)
{
	return __malloc_aligned(PAGE, n);
}

void *pvalloc(size_t n)
{
	if (n > SIZE_MAX - PAGE) {
		errno = ENOMEM;
		return NULL;
	}
	size_t rounded = n ? (n + PAGE - 1) & ~(size_t)(PAGE - 1) : PAGE;
	return __malloc_aligned(PAGE, rounded);
}

size_t malloc_usable_size(void *p)
{
	return p ? __malloc_usable(p) : 0;
}

int mallopt(int param, int value)
{
	(void)param;
	(void)value;
	return 0;
}

int malloc_trim(size_t pad)
{
	(void)pad;
	return 0;
}
