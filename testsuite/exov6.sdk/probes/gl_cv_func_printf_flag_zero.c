/* The '0' flag pads infinity with spaces, not zeros. */
#include "probe.h"
static volatile double zero = 0.0;
int main(void)
{
	expect(!strcmp(fmt("%010f", 1.0 / zero), "       inf") || !strcmp(probe_buf, "  infinity"));
	return probe_failures != 0;
}
