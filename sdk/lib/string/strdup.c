/* strdup.c - strdup and strndup: copies in malloc'd memory. */
#include <stdlib.h>
#include <string.h>

static char *copy(const char *s, size_t n)
{
	char *d = malloc(n + 1);
	if (d) {
		memcpy(d, s, n);
		d[n] = 0;
	}
	return d;
}

char *strndup(const char *s, size_t max)
{
	return copy(s, strnlen(s, max));
}

char *strdup(const char *s)
{
	return copy(s, strlen(s));
}
