/* fopen ("NAME/", "w") fails. */
#include "probe.h"
int main(void)
{
	FILE *f = fopen("n/", "w");
	expect(f == NULL);
	if (f)
		fclose(f);
	return probe_failures != 0;
}
