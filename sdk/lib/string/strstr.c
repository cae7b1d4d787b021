/* strstr.c - first occurrence of a substring (two-way matching is a later
 * optimisation; this is the plain quadratic scan). */
#include <string.h>

char *strstr(const char *haystack, const char *needle)
{
	size_t n = strlen(needle);
	if (n == 0)
		return (char *)haystack;
	for (; (haystack = strchr(haystack, needle[0])); haystack++)
		if (strncmp(haystack, needle, n) == 0)
			return (char *)haystack;
	return NULL;
}
