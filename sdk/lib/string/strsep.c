/* strsep.c - split off the token before the first delimiter (BSD): empty
 * tokens count, unlike strtok. */
#include <string.h>

char *strsep(char **restrict sp, const char *restrict delim)
{
	char *tok = *sp;
	if (!tok)
		return NULL;
	char *end = tok + strcspn(tok, delim);
	if (*end) {
		*end = 0;
		*sp = end + 1;
	} else {
		*sp = NULL;
	}
	return tok;
}
