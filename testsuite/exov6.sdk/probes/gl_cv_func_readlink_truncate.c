/* readlink into a 1-byte buffer gives the first byte and returns 1. */
#include "probe.h"
#include <unistd.h>
int main(void)
{
	char c = 0;
	expect(symlink("ab", "l") == 0);
	expect(readlink("l", &c, 1) == 1 && c == 'a');
	return probe_failures != 0;
}
