/* canonicalize.c - canonicalize_file_name (GNU): realpath into a buffer
 * malloc'd for the result. */
#define _GNU_SOURCE
#include <stdlib.h>

char *canonicalize_file_name(const char *path)
{
	return realpath(path, NULL);
}
