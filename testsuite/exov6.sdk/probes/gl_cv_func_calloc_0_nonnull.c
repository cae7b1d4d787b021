/* calloc (0, 0) returns a pointer, not NULL. */
#include "probe.h"
static void *(*volatile pcalloc)(size_t, size_t) = calloc;
int main(void)
{
	void *p = pcalloc(0, 0);
	expect(p != NULL);
	free(p);
	return probe_failures != 0;
}
