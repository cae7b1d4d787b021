/* mkstemp makes 70 distinct files in a subdirectory, each mode 0600
 * whatever the umask, seekable past 2 GiB. */
#include "probe.h"
#include <sys/stat.h>
#include <unistd.h>
int main(void)
{
	umask(0);
	expect(mkdir("d", 0755) == 0);
	for (int i = 0; i < 70; i++) {
		char name[] = "d/tXXXXXX";
		int fd = mkstemp(name);
		expect(fd >= 0);
		if (fd < 0)
			break;
		struct stat st;
		expect(lseek(fd, (off_t)4294967295u, SEEK_SET) == (off_t)4294967295u);
		expect(fstat(fd, &st) == 0 && (st.st_mode & 077) == 0);
		expect(close(fd) == 0);
	}
	return probe_failures != 0;
}
