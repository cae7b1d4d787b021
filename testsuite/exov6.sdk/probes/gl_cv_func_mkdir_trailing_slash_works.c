/* mkdir ("NAME/") makes NAME. */
#include "probe.h"
#include <sys/stat.h>
int main(void)
{
	struct stat st;
	expect(mkdir("d/", 0700) == 0 && stat("d", &st) == 0 && S_ISDIR(st.st_mode));
	return probe_failures != 0;
}
