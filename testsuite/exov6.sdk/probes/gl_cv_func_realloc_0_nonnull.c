/* realloc (NULL, 0) and realloc (p, 0) return pointers, not NULL. */
#include "probe.h"
static void *(*volatile prealloc)(void *, size_t) = realloc;
int main(void)
{
	void *p = prealloc(NULL, 0);
	expect(p != NULL);
	p = prealloc(p, 0);
	expect(p != NULL);
	free(p);
	return probe_failures != 0;
}
