/* Numbered arguments: "%2$d %1$d". */
#include "probe.h"
int main(void)
{
	static const char format[] = { '%', '2', '$', 'd', ' ', '%', '1', '$', 'd', 0 };
	expect(!strcmp(fmt(format, 33, 55), "55 33"));
	return probe_failures != 0;
}
