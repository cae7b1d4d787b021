/* fopen mode "x" fails with EEXIST on an existing file. */
#include "probe.h"
#include <errno.h>
int main(void)
{
	expect(probe_file("f", "") == 0);
	errno = 0;
	FILE *f = fopen("f", "wx");
	expect(f == NULL && errno == EEXIST);
	if (f)
		fclose(f);
	return probe_failures != 0;
}
