/* link refuses "NEW/" and "LINK/" (a symlink to a file) as names, and
 * does not follow a symlink that is the new name. */
#include "probe.h"
#include <stdio.h>
#include <unistd.h>
int main(void)
{
	expect(probe_file("a", "") == 0 && probe_file("t", "") == 0 && symlink("t", "lnk") == 0);
	expect(link("a", "b/") != 0);
	expect(link("lnk/", "b") != 0);
	expect(rename("a", "b") == 0);
	expect(link("b", "lnk") != 0);
	return probe_failures != 0;
}
