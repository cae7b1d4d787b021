/* symlink refuses a new name ending in "/", also over an existing link. */
#include "probe.h"
#include <unistd.h>
int main(void)
{
	expect(symlink("a", "l/") != 0);
	expect(symlink("f", "l2") == 0);
	expect(symlink("a", "l2/") != 0);
	return probe_failures != 0;
}
