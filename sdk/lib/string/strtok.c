/* strtok.c - strtok_r, and strtok on a hidden saved position. */
#include <string.h>

char *strtok_r(char *restrict s, const char *restrict delim, char **restrict save)
{
	if (!s && !(s = *save))
		return NULL;
	s += strspn(s, delim);
	if (!*s) {
		*save = NULL;
		return NULL;
	}
	char *end = s + strcspn(s, delim);
	*save = *end ? end + 1 : NULL;
	*end = 0;
	return s;
}

char *strtok(char *restrict s, const char *restrict delim)
{
	static char *save;
	return strtok_r(s, delim, &save);
}
