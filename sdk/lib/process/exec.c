/* exec.c - execve and execv: load the program into a stopped child, then
 * become it (SYS_env_replace), so the process id stays.  Programs come from
 * the boot modules until the file server exists: a path names the module
 * with its last component. */
#include <errno.h>
#include <exov6/env.h>
#include <exov6/spawn.h>
#include <exov6/syscall.h>
#include <string.h>
#include <unistd.h>

extern char **environ;

int execve(const char *path, char *const argv[], char *const envp[])
{
	const char *slash = strrchr(path, '/');
	const char *name = slash ? slash + 1 : path;
	if (!*name) {
		errno = ENOENT;
		return -1;
	}
	if (strlen(name) >= EXOV6_MODULE_NAME_MAX) {
		errno = ENAMETOOLONG;
		return -1;
	}
	exov6_envid_t child = exov6_load_module(name, argv, envp);
	if (child < 0) {
		errno = -child;
		return -1;
	}
	long r = exov6_syscall1(SYS_env_replace, child);
	exov6_syscall1(SYS_env_destroy, child);
	exov6_syscall2(SYS_env_wait, child, 0);
	errno = (int)-r;
	return -1;
}

int execv(const char *path, char *const argv[])
{
	return execve(path, argv, environ);
}
