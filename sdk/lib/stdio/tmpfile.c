/* tmpfile.c - tmpfile: a new file in /tmp, opened "w+" and unlinked at
 * once, so it vanishes when closed. */
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include "file.h"

FILE *tmpfile(void)
{
	static unsigned counter;
	char path[64];
	for (int tries = 0; tries < 100; tries++) {
		snprintf(path, sizeof path, "/tmp/tmpfile.%d.%u", (int)getpid(), counter++);
		int fd = open(path, O_RDWR | O_CREAT | O_EXCL, 0600);
		if (fd < 0) {
			if (errno == EEXIST)
				continue;
			return NULL;
		}
		unlink(path);
		FILE *f = __stdio_new(fd, S_READ | S_WRITE);
		if (!f)
			close(fd);
		return f;
	}
	return NULL;
}
