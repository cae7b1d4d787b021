/* strcspn.c - length of the initial part of s with no byte from reject. */
#include <string.h>

size_t strcspn(const char *s, const char *reject)
{
	size_t n = 0;
	for (; s[n]; n++)
		if (strchr(reject, s[n]))
			return n;
	return n;
}
