/* stat of "FILE/" fails for a regular file and for a symlink to one. */
#include "probe.h"
#include <sys/stat.h>
#include <unistd.h>
int main(void)
{
	struct stat st;
	expect(probe_file("f", "") == 0 && symlink("f", "l") == 0);
	expect(stat("f/", &st) != 0);
	expect(stat("l/", &st) != 0);
	return probe_failures != 0;
}
