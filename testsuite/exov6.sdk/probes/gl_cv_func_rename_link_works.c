/* rename between two hard links of one file: both stay (POSIX: nothing
 * happens) or the source goes (NetBSD); renaming a name onto itself works
 * and a missing name fails. */
#include "probe.h"
#include <errno.h>
#include <unistd.h>
int main(void)
{
	expect(probe_file("f", "") == 0 && link("f", "f1") == 0 && probe_file("f2", "") == 0);
	expect(rename("f", "f1") == 0);
	expect(unlink("f1") == 0);
	expect(rename("f", "f") == 0 || errno == ENOENT);
	expect(rename("f1", "f1") != 0);
	expect(rename("f2", "f2") == 0);
	return probe_failures != 0;
}
