/* exec.c - the exec family: load the program into a stopped child, pass
 * it our descriptors and signal state (mask, ignored and pending signals),
 * then become it (SYS_env_replace), so the process id stays.  execvp and
 * execlp search PATH (default "/bin:/usr/bin") for a name without a
 * slash, as posix_spawnp does (exov6_find_program). */
#include <errno.h>
#include <exov6/env.h>
#include <exov6/fs_client.h>
#include <exov6/spawn.h>
#include <exov6/syscall.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "../fd/fd_private.h"
#include "process_private.h"
#include "../signal/signal_private.h"

#define MAX_LIST_ARGS 256

int execve(const char *path, char *const argv[], char *const envp[])
{
	exov6_envid_t child = exov6_load_program(path, argv, envp);
	if (child < 0) {
		errno = -child;
		return -1;
	}
	long r = __fd_pass(child, 1);
	if (r == 0)
		r = __libos_signal_pass(child, 0, 0, 1);
	if (r == 0)
		r = exov6_sys_env_replace(child);
	exov6_sys_env_destroy(child);
	exov6_sys_env_wait(child, 0, 0);
	errno = (int)-r;
	return -1;
}

int execv(const char *path, char *const argv[])
{
	return execve(path, argv, environ);
}

int __libos_find_program(const char *file, char *out, size_t size)
{
	if (!*file)
		return -ENOENT;
	if (strchr(file, '/') || !exov6_fs_server()) {     /* a path, or a boot module's name */
		if (strlen(file) >= size)
			return -ENAMETOOLONG;
		strcpy(out, file);
		return 0;
	}
	const char *path = getenv("PATH");
	if (!path)
		path = "/bin:/usr/bin";
	int err = -ENOENT;
	for (const char *dir = path;; dir++) {
		size_t len = strcspn(dir, ":");
		if (len + 1 + strlen(file) < size) {
			memcpy(out, dir, len);
			out[len] = '/';
			strcpy(out + len + (len ? 1 : 0), file);
			if (access(out, X_OK) == 0)
				return 0;
			if (errno == EACCES)
				err = -EACCES;
		}
		dir += len;
		if (!*dir)
			return err;
	}
}

int execvp(const char *file, char *const argv[])
{
	char path[PATH_MAX];
	int r = __libos_find_program(file, path, sizeof path);
	if (r) {
		errno = -r;
		return -1;
	}
	return execv(path, argv);
}

/* The execl family: gather the list after arg0 (and, for execle, the
 * environment after its NULL) into an argv. */
enum exec_kind { EXEC_PATH, EXEC_SEARCH, EXEC_ENV };

static int exec_list(enum exec_kind kind, const char *file, const char *arg0, va_list ap)
{
	char *argv[MAX_LIST_ARGS + 1];
	int n = 0;
	argv[n++] = (char *)arg0;
	while ((argv[n] = va_arg(ap, char *)) != 0)
		if (++n == MAX_LIST_ARGS) {
			errno = E2BIG;
			return -1;
		}
	switch (kind) {
	case EXEC_SEARCH: return execvp(file, argv);
	case EXEC_ENV: return execve(file, argv, va_arg(ap, char **));
	default: return execv(file, argv);
	}
}

int execl(const char *path, const char *arg0, ...)
{
	va_list ap;
	va_start(ap, arg0);
	int r = exec_list(EXEC_PATH, path, arg0, ap);
	va_end(ap);
	return r;
}

int execlp(const char *file, const char *arg0, ...)
{
	va_list ap;
	va_start(ap, arg0);
	int r = exec_list(EXEC_SEARCH, file, arg0, ap);
	va_end(ap);
	return r;
}

int execle(const char *path, const char *arg0, ...)
{
	va_list ap;
	va_start(ap, arg0);
	int r = exec_list(EXEC_ENV, path, arg0, ap);
	va_end(ap);
	return r;
}
