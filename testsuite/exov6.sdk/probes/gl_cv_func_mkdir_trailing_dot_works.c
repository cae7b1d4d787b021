/* mkdir ("NAME/./") is refused (NAME does not exist yet). */
#include "probe.h"
#include <sys/stat.h>
int main(void)
{
	expect(mkdir("d/./", 0700) != 0);
	return probe_failures != 0;
}
