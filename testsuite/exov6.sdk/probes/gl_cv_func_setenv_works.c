/* setenv refuses an empty name with EINVAL and takes "=" as a value. */
#include "probe.h"
#include <errno.h>
int main(void)
{
	errno = 0;
	expect(setenv("", "", 0) == -1 && errno == EINVAL);
	expect(setenv("a", "=", 1) == 0 && getenv("a") && strcmp(getenv("a"), "=") == 0);
	return probe_failures != 0;
}
