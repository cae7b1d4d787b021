/* fdopendir refuses a descriptor of a regular file (and leaves it open). */
#include "probe.h"
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>
int main(void)
{
	expect(probe_file("f", "x") == 0);
	int fd = open("f", O_RDONLY);
	expect(fd >= 0);
	expect(fdopendir(fd) == NULL);
	expect(close(fd) == 0);
	return probe_failures != 0;
}
