/* write.c - write(2).  Until the fd layer exists, descriptors 1 and 2 are
 * the console and every other descriptor is EBADF. */
#include <errno.h>
#include <exov6/syscall.h>
#include <unistd.h>

ssize_t write(int fd, const void *buf, size_t n)
{
	if (fd != STDOUT_FILENO && fd != STDERR_FILENO) {
		errno = EBADF;
		return -1;
	}
	long r = exov6_syscall2(SYS_cputs, buf, n);
	if (r < 0) {
		errno = (int)-r;
		return -1;
	}
	return r;
}
