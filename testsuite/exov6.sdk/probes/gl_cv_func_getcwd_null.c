/* getcwd (NULL, 0) allocates the name: "/" after chdir ("/"). */
#include "probe.h"
#include <unistd.h>
int main(void)
{
	expect(chdir("/") == 0);
	char *d = getcwd(NULL, 0);
	expect(d && strcmp(d, "/") == 0);
	free(d);
	return probe_failures != 0;
}
