/* rawmemchr.c - find a byte known to be there: memchr without a bound
 * (GNU). */
#define _GNU_SOURCE
#include <string.h>

void *rawmemchr(const void *s, int c)
{
	const unsigned char *p = s;
	while (*p != (unsigned char)c)
		p++;
	return (void *)p;
}
