/* readlink ("LINK/") fails when LINK points to a file. */
#include "probe.h"
#include <unistd.h>
int main(void)
{
	char buf[20];
	expect(probe_file("f", "") == 0 && symlink("f", "l") == 0);
	expect(readlink("l/", buf, sizeof buf) == -1);
	return probe_failures != 0;
}
