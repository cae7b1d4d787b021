/* posix_spawn.c - posix_spawn and posix_spawnp.  Without file actions
 * (or SETSID) the child is built directly: the program loaded into a
 * stopped env, our descriptors and signal state passed as exec would
 * (SETSIGMASK's mask, SETSIGDEF's signals at their default action), its
 * group (SETPGROUP) and the terminal's foreground (glibc's TCSETPGROUP)
 * set before it ever runs.  With file actions the child must act in its
 * own name (its descriptors, its directory), so we fork: the child,
 * every signal blocked and no handler of ours left, runs the actions in
 * order and execs; a failure travels back on a close-on-exec pipe and
 * the child is reaped, so posix_spawn returns the errno and no child
 * remains.  POSIX_SPAWN_RESETIDS is trivially true with one user. */
#define _GNU_SOURCE
#include <errno.h>
#include <exov6/spawn.h>
#include <exov6/syscall.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <spawn.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "../fd/fd_private.h"
#include "../signal/signal_private.h"
#include "process_private.h"

#define SUPPORTED (POSIX_SPAWN_RESETIDS | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK | \
		   POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_USEVFORK | POSIX_SPAWN_SETSID | \
		   POSIX_SPAWN_TCSETPGROUP)

static int flags_of(const posix_spawnattr_t *attr)
{
	return attr ? attr->__flags : 0;
}

/* The stopped child's group and terminal, as attr asks.  0 or -errno. */
static long place(exov6_envid_t id, const posix_spawnattr_t *attr)
{
	long r = 0;
	int flags = flags_of(attr);
	if (flags & POSIX_SPAWN_SETPGROUP)
		r = exov6_sys_env_setpgid(id, attr->__pgroup);
	if (r == 0 && (flags & POSIX_SPAWN_TCSETPGROUP) &&
	    tcsetpgrp(attr->__tcfd, exov6_sys_env_getpgid(id)) < 0)
		r = -errno;
	return r;
}

static int spawn_direct(pid_t *pid, const char *path, const posix_spawnattr_t *attr,
			char *const argv[], char *const envp[])
{
	int flags = flags_of(attr);
	exov6_envid_t id = exov6_load_program(path, argv, envp);
	if (id < 0)
		return -id;
	long r = __fd_pass(id, 0);
	if (r == 0)
		r = __libos_signal_pass(id, flags & POSIX_SPAWN_SETSIGMASK ? &attr->__sigmask : 0,
					flags & POSIX_SPAWN_SETSIGDEF ? &attr->__sigdefault : 0, 0);
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

/* The forked child: become what attr and the actions say, then exec.
 * Returns only the errno of what failed. */
static int child(const char *file, int search, const posix_spawn_file_actions_t *actions,
		 const posix_spawnattr_t *attr, const sigset_t *mask, char *const argv[],
		 char *const envp[], int report)
{
	int flags = flags_of(attr);
	/* No handler of the parent may run here; ignored signals stay
	 * ignored unless SETSIGDEF names them. */
	for (int sig = 1; sig < NSIG; sig++) {
		struct sigaction sa;
		if (sig == SIGKILL || sig == SIGSTOP || sigaction(sig, 0, &sa))
			continue;
		int deflt = (flags & POSIX_SPAWN_SETSIGDEF) && sigismember(&attr->__sigdefault, sig) == 1;
		if ((sa.sa_handler != SIG_IGN || deflt) && sa.sa_handler != SIG_DFL) {
			sa.sa_handler = SIG_DFL;
			sa.sa_flags = 0;
			sigaction(sig, &sa, 0);
		}
	}
	if ((flags & POSIX_SPAWN_SETSID) && setsid() < 0)
		return errno;
	if ((flags & POSIX_SPAWN_SETPGROUP) && setpgid(0, attr->__pgroup) < 0)
		return errno;
	if ((flags & POSIX_SPAWN_TCSETPGROUP) && tcsetpgrp(attr->__tcfd, getpgrp()) < 0)
		return errno;
	int err = __libos_spawn_actions_run(actions, report);
	if (err)
		return err;
	char path[PATH_MAX];
	if (search && (err = -__libos_find_program(file, path, sizeof path)))
		return err;
	sigprocmask(SIG_SETMASK, flags & POSIX_SPAWN_SETSIGMASK ? &attr->__sigmask : mask, 0);
	execve(search ? path : file, argv, envp);
	return errno;
}

static int spawn_forked(pid_t *pid, const char *file, int search,
			const posix_spawn_file_actions_t *actions, const posix_spawnattr_t *attr,
			char *const argv[], char *const envp[])
{
	int fds[2];
	if (pipe2(fds, O_CLOEXEC) < 0)
		return errno;
	/* The report's end goes above every fd the actions name. */
	int top = __libos_spawn_actions_top(actions);
	int report = top < FD_MAX - 1 ? fcntl(fds[1], F_DUPFD_CLOEXEC, top + 1) : -1;
	close(fds[1]);
	if (report < 0) {
		close(fds[0]);
		return top < FD_MAX - 1 ? errno : EMFILE;
	}
	sigset_t all, old;
	sigfillset(&all);
	sigprocmask(SIG_SETMASK, &all, &old);
	pid_t c = fork();
	if (c == 0) {
		close(fds[0]);
		int err = child(file, search, actions, attr, &old, argv, envp, report);
		while (write(report, &err, sizeof err) < 0 && errno == EINTR)
			;
		_exit(127);
	}
	int err = c < 0 ? errno : 0;
	sigprocmask(SIG_SETMASK, &old, 0);
	close(report);
	if (c < 0) {
		close(fds[0]);
		return err;
	}
	ssize_t n;
	while ((n = read(fds[0], &err, sizeof err)) < 0 && errno == EINTR)
		;
	close(fds[0]);
	if (n == (ssize_t)sizeof err && err) {
		while (waitpid(c, 0, 0) < 0 && errno == EINTR)
			;
		return err;
	}
	if (pid)
		*pid = c;
	return 0;
}

int posix_spawn(pid_t *restrict pid, const char *restrict path,
		const posix_spawn_file_actions_t *actions, const posix_spawnattr_t *restrict attr,
		char *const argv[restrict], char *const envp[restrict])
{
	int flags = flags_of(attr);
	if (flags & ~SUPPORTED)
		return EINVAL;
	if ((actions && actions->__used) || (flags & POSIX_SPAWN_SETSID))
		return spawn_forked(pid, path, 0, actions, attr, argv, envp);
	return spawn_direct(pid, path, attr, argv, envp);
}

int posix_spawnp(pid_t *restrict pid, const char *restrict file,
		 const posix_spawn_file_actions_t *actions, const posix_spawnattr_t *restrict attr,
		 char *const argv[restrict], char *const envp[restrict])
{
	int flags = flags_of(attr);
	if (flags & ~SUPPORTED)
		return EINVAL;
	/* The search happens where the actions left the directory. */
	if ((actions && actions->__used) || (flags & POSIX_SPAWN_SETSID))
		return spawn_forked(pid, file, 1, actions, attr, argv, envp);
	char path[PATH_MAX];
	int r = __libos_find_program(file, path, sizeof path);
	return r ? -r : spawn_direct(pid, path, attr, argv, envp);
}
