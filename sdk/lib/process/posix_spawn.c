/* posix_spawn.c - posix_spawn and posix_spawnp over exov6_load_program
 * (descriptors passed as exec would), and the attribute objects.  A new image starts with every signal at its default
 * action and none blocked, so POSIX_SPAWN_SETSIGDEF needs no work;
 * POSIX_SPAWN_RESETIDS is trivially true with one user.  Process groups
 * and a signal mask for the child are not supported yet: EINVAL. */
#include <errno.h>
#include <exov6/spawn.h>
#include <spawn.h>
#include <exov6/syscall.h>
#include <limits.h>
#include <string.h>
#include "../fd/fd_private.h"
#include "process_private.h"

#define SUPPORTED (POSIX_SPAWN_RESETIDS | POSIX_SPAWN_SETSIGDEF)

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
		      POSIX_SPAWN_SETSIGMASK))
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
