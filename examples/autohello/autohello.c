/* autohello.c - says which host configure found and what it detected. */
#include "config.h"
#include <stdio.h>

int main(void)
{
	printf("autohello: built for %s\n", HOST_TRIPLET);
#if defined(HAVE_FORK) && defined(HAVE_WAITPID) && defined(HAVE_MMAP) && defined(HAVE_CLOCK_GETTIME)
	printf("autohello: configure found fork, waitpid, mmap, clock_gettime\n");
#endif
	return 0;
}
