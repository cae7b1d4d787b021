/* perror.c - perror: "S: message" (or just the message) and a newline on
 * stderr, for the current errno. */
#include <errno.h>
#include <string.h>
#include "file.h"

void perror(const char *s)
{
	const char *msg = strerror(errno);
	if (s && *s)
		fprintf(stderr, "%s: %s\n", s, msg);
	else
		fprintf(stderr, "%s\n", msg);
}
