/* rename replaces an existing file, and an empty directory by a
 * directory; a file onto a directory fails. */
#include "probe.h"
#include <sys/stat.h>
#include <unistd.h>
int main(void)
{
	struct stat st;
	expect(probe_file("a", "new") == 0 && probe_file("b", "old") == 0);
	expect(mkdir("d1", 0755) == 0 && mkdir("d2", 0755) == 0);
	expect(rename("a", "b") == 0 && stat("a", &st) != 0 && stat("b", &st) == 0 && st.st_size == 3);
	expect(rename("d1", "d2") == 0 && stat("d1", &st) != 0);
	expect(rename("b", "d2") != 0);
	return probe_failures != 0;
}
