/* lstat ("LINK/") follows the link, so for a link to a file it fails. */
#include "probe.h"
#include <sys/stat.h>
#include <unistd.h>
int main(void)
{
	struct stat st;
	expect(probe_file("f", "") == 0 && symlink("f", "l") == 0);
	expect(lstat("l/", &st) != 0);
	return probe_failures != 0;
}
