/* pathconf.c - pathconf and fpathconf: the limits of files.  Every file
 * system exov6 has is the file server's ext2 (and the console, pipes and
 * /dev/null, which share its answers); the file must exist (the errors of
 * stat or fstat).  An unknown name is EINVAL; a limit or option there is
 * none of answers -1 with errno untouched. */
#include <errno.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

static long answer(int name)
{
	switch (name) {
	case _PC_LINK_MAX: return 32000;        /* ext2's link count */
	case _PC_MAX_CANON: return MAX_CANON;
	case _PC_MAX_INPUT: return MAX_INPUT;
	case _PC_NAME_MAX: return NAME_MAX;
	case _PC_PATH_MAX: return PATH_MAX;
	case _PC_PIPE_BUF: return PIPE_BUF;
	case _PC_CHOWN_RESTRICTED: return 1;     /* only root may give files away */
	case _PC_NO_TRUNC: return 1;             /* long names: ENAMETOOLONG */
	case _PC_VDISABLE: return _POSIX_VDISABLE;
	case _PC_FILESIZEBITS: return 64;
	case _PC_2_SYMLINKS: return 1;
	case _PC_SYMLINK_MAX: return -1;         /* no limit but PATH_MAX */
	case _PC_SYNC_IO: case _PC_ASYNC_IO: case _PC_PRIO_IO: case _PC_SOCK_MAXBUF:
	case _PC_REC_INCR_XFER_SIZE: case _PC_REC_MAX_XFER_SIZE: case _PC_REC_MIN_XFER_SIZE:
	case _PC_REC_XFER_ALIGN: case _PC_ALLOC_SIZE_MIN:
		return -1;
	}
	errno = EINVAL;
	return -1;
}

long pathconf(const char *path, int name)
{
	struct stat st;
	if (stat(path, &st) < 0)
		return -1;
	return answer(name);
}

long fpathconf(int fd, int name)
{
	struct stat st;
	if (fstat(fd, &st) < 0)
		return -1;
	return answer(name);
}
