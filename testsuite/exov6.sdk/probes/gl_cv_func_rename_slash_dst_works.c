/* rename to "NAME/": refused for a file (and for a symlink to a file as
 * the target name), allowed for a directory onto a new name. */
#include "probe.h"
#include <sys/stat.h>
#include <unistd.h>
int main(void)
{
	expect(probe_file("f1", "") == 0 && probe_file("f", "") == 0 && mkdir("d1", 0755) == 0);
	expect(probe_file("t", "") == 0 && symlink("t", "lnk") == 0);
	expect(rename("f1", "f2/") != 0);
	expect(rename("d1", "d2/") == 0);
	expect(rename("f", "lnk/") != 0);
	return probe_failures != 0;
}
