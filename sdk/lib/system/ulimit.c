/* ulimit.c - ulimit: UL_GETFSIZE and UL_SETFSIZE are RLIMIT_FSIZE in
 * 512-byte units (LONG_MAX for no limit; setting sets both the soft and
 * the hard limit, as glibc), __UL_GETOPENMAX is sysconf(_SC_OPEN_MAX);
 * anything else is EINVAL. */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <sys/resource.h>
#include <ulimit.h>
#include <unistd.h>

long ulimit(int cmd, ...)
{
	struct rlimit rl;
	switch (cmd) {
	case UL_GETFSIZE:
		if (getrlimit(RLIMIT_FSIZE, &rl) < 0)
			return -1;
		return rl.rlim_cur == RLIM_INFINITY ? LONG_MAX : (long)(rl.rlim_cur / 512);
	case UL_SETFSIZE: {
		va_list ap;
		va_start(ap, cmd);
		long blocks = va_arg(ap, long);
		va_end(ap);
		long result = blocks;
		if ((rlim_t)blocks > RLIM_INFINITY / 512) {
			rl.rlim_cur = RLIM_INFINITY;
			result = LONG_MAX;
		} else {
			rl.rlim_cur = (rlim_t)blocks * 512;
		}
		rl.rlim_max = rl.rlim_cur;
		return setrlimit(RLIMIT_FSIZE, &rl) < 0 ? -1 : result;
	}
	case __UL_GETOPENMAX:
		return sysconf(_SC_OPEN_MAX);
	}
	errno = EINVAL;
	return -1;
}
