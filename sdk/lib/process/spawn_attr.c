/* spawn_attr.c - posix_spawnattr_t: flags, process group, the child's
 * signal mask and the signals it takes at their default action, and
 * glibc's terminal for POSIX_SPAWN_TCSETPGROUP. */
#define _GNU_SOURCE
#include <errno.h>
#include <spawn.h>
#include <string.h>

int posix_spawnattr_init(posix_spawnattr_t *attr)
{
	memset(attr, 0, sizeof *attr);
	return 0;
}

int posix_spawnattr_destroy(posix_spawnattr_t *attr)
{
	(void)attr;
	return 0;
}

int posix_spawnattr_getflags(const posix_spawnattr_t *restrict attr, short *restrict flags)
{
	*flags = (short)attr->__flags;
	return 0;
}

int posix_spawnattr_setflags(posix_spawnattr_t *attr, short flags)
{
	if (flags & ~(POSIX_SPAWN_RESETIDS | POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF |
		      POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_USEVFORK | POSIX_SPAWN_SETSID |
		      POSIX_SPAWN_TCSETPGROUP))
		return EINVAL;
	attr->__flags = flags;
	return 0;
}

int posix_spawnattr_getsigdefault(const posix_spawnattr_t *restrict attr, sigset_t *restrict set)
{
	*set = attr->__sigdefault;
	return 0;
}

int posix_spawnattr_setsigdefault(posix_spawnattr_t *restrict attr, const sigset_t *restrict set)
{
	attr->__sigdefault = *set;
	return 0;
}

int posix_spawnattr_getsigmask(const posix_spawnattr_t *restrict attr, sigset_t *restrict set)
{
	*set = attr->__sigmask;
	return 0;
}

int posix_spawnattr_setsigmask(posix_spawnattr_t *restrict attr, const sigset_t *restrict set)
{
	attr->__sigmask = *set;
	return 0;
}

int posix_spawnattr_getpgroup(const posix_spawnattr_t *restrict attr, pid_t *restrict pgroup)
{
	*pgroup = attr->__pgroup;
	return 0;
}

int posix_spawnattr_setpgroup(posix_spawnattr_t *attr, pid_t pgroup)
{
	attr->__pgroup = pgroup;
	return 0;
}

int posix_spawnattr_tcgetpgrp_np(const posix_spawnattr_t *restrict attr, int *restrict fd)
{
	*fd = attr->__tcfd;
	return 0;
}

int posix_spawnattr_tcsetpgrp_np(posix_spawnattr_t *attr, int fd)
{
	attr->__tcfd = fd;
	return 0;
}
