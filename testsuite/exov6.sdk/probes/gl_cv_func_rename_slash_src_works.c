/* rename from "NAME/": refused for a file and a symlink to a file,
 * allowed for a directory. */
#include "probe.h"
#include <sys/stat.h>
#include <unistd.h>
int main(void)
{
	expect(probe_file("f1", "") == 0 && probe_file("f", "") == 0 && mkdir("d1", 0755) == 0);
	expect(symlink("f", "lnk") == 0);
	expect(rename("f1/", "d3") != 0);
	expect(rename("d1/", "d2") == 0);
	expect(rename("lnk/", "f") != 0);
	return probe_failures != 0;
}
