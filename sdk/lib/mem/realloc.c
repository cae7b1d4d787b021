/* realloc.c - resize a block: in place when it already fits, otherwise
 * move it.  A pointer malloc did not give is refused with EINVAL. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "malloc_private.h"

void *realloc(void *p, size_t n)
{
	if (!p)
		return malloc(n);
	if (!__malloc_check(p)) {
		errno = EINVAL;
		return NULL;
	}
	if (n == 0) {
		free(p);
		return NULL;
	}
	size_t have = __malloc_usable(p);
	if (n <= have)
		return p;
	void *q = malloc(n);
	if (!q)
		return NULL;
	memcpy(q, p, have);
	free(p);
	return q;
}
