/* strerror (0) is a non-empty message that does not say "unknown" and
 * leaves errno alone. */
#include "probe.h"
#include <errno.h>
int main(void)
{
	errno = 0;
	const char *s = strerror(0);
	expect(errno == 0);
	expect(*s != 0);
	expect(!strstr(s, "nknown") && !strstr(s, "ndefined"));
	return probe_failures != 0;
}
