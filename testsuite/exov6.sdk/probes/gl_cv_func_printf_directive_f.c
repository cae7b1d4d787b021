/* %F: like %f with upper-case INF, and "%.F" without a point. */
#include "probe.h"
static volatile double zero = 0.0;
int main(void)
{
	expect(!strcmp(fmt("%F %d", 1234567.0, 33), "1234567.000000 33"));
	expect(!strcmp(fmt("%F", 1.0 / zero), "INF") || !strcmp(probe_buf, "INFINITY"));
	expect(!strcmp(fmt("%.F", 1234.0), "1234"));
	return probe_failures != 0;
}
