/* posix_spawn.c - posix_spawn and posix_spawnp over exov6_load_program
 * (descriptors passed as exec would), and the attribute objects.  A new
 * image starts with every signal at its default action and none blocked,
 * so POSIX_SPAWN_SETSIGDEF needs no work; POSIX_SPAWN_RESETIDS is
 * trivially true with one user.  The child's group (SETPGROUP) and the
 * terminal's foreground (glibc's TCSETPGROUP) are set while the child is
 * still stopped, so it never runs in the wrong group.  A signal mask for
 * the child, SETSID and file actions are not supported yet: EINVAL. */
#define _GNU_SOURCE
#include <errno.h>
#include <exov6/spawn.h>
#include <spawn.h>
#include <exov6/syscall.h>
#include <limits.h>
#include <string.h>
#include <unistd.h>
#include "../fd/fd_private.h"
#include "process_private.h"

#define SUPPORTED (POSIX_SPAWN_RESETIDS | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP | \
		   POSIX_SPAWN_TCSETPGROUP)

/* The child's group and terminal, as attr asks.  0 or -errno. */
static long place(exov6_envid_t id, const posix_spawnattr_t *attr)
{
	long r = 0;
	int flags = attr ? attr->__flags : 0;
	if (flags & POSIX_SPAWN_SETPGROUP)
		r = exov6_sys_env_setpgid(id, attr->__pgroup);
	if (r == 0 && (flags & POSIX_SPAWN_TCSETPGROUP) &&
	    tcsetpgrp(attr->__tcfd, exov6_sys_env_getpgid(id)) < 0)
		r = -errno;
	return r;
}

int posix_spawn(pid_t *restrict pid, const char *restrict path,
		const posix_spawn_file_actions_t *actions, const posix_spawnattr_t *restrict attr,
		char *const argv[restrict], char *const envp[restrict])
{
	if ((actions && actions->__count) || (attr && (attr->__flags & ~SUPPORTED)))
		return EINVAL;
	exov6_envid_t id = exov6_load_program(path, argv, envp);
	if (id < 0)
		return -id;
	long r = __fd_pass(id, 0);
	if (r == 0)
		r = place(id, attr);
	if (r == 0)
		r = exov6_sys_env_set_status(id, ENV_RUNNABLE);
	if (r) {
		exov6_sys_env_destroy(id);
		exov6_sys_env_wait(id, 0, 0);
		return (int)-r;
	}
	if (pid)
		*pid = id;
	return 0;
}

int posix_spawnp(pid_t *restrict pid, const char *restrict file,
		 const posix_spawn_file_actions_t *actions, const posix_spawnattr_t *restrict attr,
		 char *const argv[restrict], char *const envp[restrict])
{
	char path[PATH_MAX];
	int r = __libos_find_program(file, path, sizeof path);
	return r ? -r : posix_spawn(pid, path, actions, attr, argv, envp);
}

int posix_spawn_file_actions_init(posix_spawn_file_actions_t *actions)
{
	actions->__count = 0;
	return 0;
}

int posix_spawn_file_actions_destroy(posix_spawn_file_actions_t *actions)
{
	(void)actions;
	return 0;
}

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
		      POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSID | POSIX_SPAWN_TCSETPGROUP))
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
