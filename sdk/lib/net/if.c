/* if.c - network interface names: exov6 has no interfaces, so no name
 * has an index (ENXIO/ENODEV as glibc with none) and the list is empty. */
#include <errno.h>
#include <net/if.h>
#include <stdlib.h>

unsigned int if_nametoindex(const char *name)
{
	(void)name;
	errno = ENODEV;
	return 0;
}

char *if_indextoname(unsigned int index, char *name)
{
	(void)index;
	(void)name;
	errno = ENXIO;
	return NULL;
}

struct if_nameindex *if_nameindex(void)
{
	struct if_nameindex *p = calloc(1, sizeof *p);

	if (!p)
		errno = ENOBUFS;
	return p;
}

void if_freenameindex(struct if_nameindex *p)
{
	free(p);
}
