/* secure_getenv.c - getenv for code that may run with more privilege than
 * its caller (GNU).  exov6 has one user and no set-user-ID programs, so no
 * process ever runs in such a "secure" mode: it is getenv. */
#define _GNU_SOURCE
#include <stdlib.h>

char *secure_getenv(const char *name)
{
	return getenv(name);
}
