/* rmdir ("FILE/") fails with ENOTDIR, rmdir ("DIR/./") fails. */
#include "probe.h"
#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>
int main(void)
{
	expect(probe_file("f", "") == 0 && mkdir("d", 0755) == 0);
	errno = 0;
	expect(rmdir("f/") != 0 && errno == ENOTDIR);
	expect(rmdir("d/./") != 0);
	return probe_failures != 0;
}
