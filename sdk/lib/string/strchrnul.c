/* strchrnul.c - strchr that returns the terminating NUL, not NULL, when
 * the character is absent (GNU). */
#define _GNU_SOURCE
#include <string.h>

char *strchrnul(const char *s, int c)
{
	while (*s && *s != (char)c)
		s++;
	return (char *)s;
}
