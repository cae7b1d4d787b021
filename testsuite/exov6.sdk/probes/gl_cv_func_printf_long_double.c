/* long double through %Lf, %Le and %Lg. */
#include "probe.h"
int main(void)
{
	expect(!strcmp(fmt("%Lf %d", 1.75L, 33), "1.750000 33"));
	expect(!strcmp(fmt("%Le %d", 1.75L, 33), "1.750000e+00 33"));
	expect(!strcmp(fmt("%Lg %d", 1.75L, 33), "1.75 33"));
	return probe_failures != 0;
}
