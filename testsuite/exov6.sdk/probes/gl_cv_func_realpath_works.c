/* realpath allocates an absolute name, fails through a file used as a
 * directory ("FILE/..", "LINK-TO-FILE/.." with ENOTDIR, "FILE/"), and
 * resolves "DIR//./.." to the working directory. */
#include "probe.h"
#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>
int main(void)
{
	expect(probe_file("a", "") == 0 && probe_file("b", "") == 0 && symlink("a", "l") == 0 &&
	       mkdir("d", 0755) == 0);
	char *n = realpath("a", NULL);
	expect(n && n[0] == '/');
	free(n);
	expect(realpath("b/../a", NULL) == NULL);
	errno = 0;
	expect(realpath("l/../a", NULL) == NULL && errno == ENOTDIR);
	expect(realpath("a/", NULL) == NULL);
	char *dot = realpath(".", NULL), *up = realpath("d//./..", NULL);
	expect(dot && up && strcmp(dot, up) == 0);
	free(dot);
	free(up);
	return probe_failures != 0;
}
