/* wait.c - wait, waitpid, wait3, wait4 and waitid over the kernel's wait
 * for a child's end, stop or continue (statuses in the traditional
 * layout).  SA_RESTART decides whether a signal cuts a wait short; with
 * SIGCHLD ignored or SA_NOCLDWAIT, children leave no status to collect:
 * a wait reaps them and fails with ECHILD once none is left, as POSIX
 * says. */
#include <errno.h>
#include <exov6/syscall.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include "../mem/libos_state.h"
#include "../signal/signal_private.h"

static int children_leave_no_status(void)
{
	struct libos_state *s = __libos_state();
	return s && (s->sigactions[SIGCHLD].sa_handler == SIG_IGN ||
		     (s->sigactions[SIGCHLD].sa_flags & SA_NOCLDWAIT));
}

/* The kernel's wait for `which` (> 0 a child, 0 any, < 0 a group). */
static long kernel_wait(pid_t which, int *status, unsigned long options)
{
	for (;;) {
		struct __libos_sigmark m = __libos_restart_begin();
		long r = exov6_sys_env_wait(which, status, options);
		if (__libos_restart(r, m))
			continue;
		if (r > 0 && status && !WIFSTOPPED(*status) && !WIFCONTINUED(*status) &&
		    !(options & (EXOV6_WAIT_NOHANG | EXOV6_WAIT_NOWAIT)) &&
		    children_leave_no_status())
			continue;       /* reaped: keep waiting for ECHILD */
		return r;
	}
}

pid_t waitpid(pid_t pid, int *status, int options)
{
	if (options & ~(WNOHANG | WUNTRACED | WCONTINUED)) {
		errno = EINVAL;
		return -1;
	}
	pid_t which = pid == -1 ? 0 : pid == 0 ? -getpgrp() : pid;
	unsigned long o = (options & WNOHANG ? EXOV6_WAIT_NOHANG : 0) |
			  (options & WUNTRACED ? EXOV6_WAIT_UNTRACED : 0) |
			  (options & WCONTINUED ? EXOV6_WAIT_CONTINUED : 0);
	int st;
	long r = kernel_wait(which, &st, o);
	if (r < 0) {
		errno = (int)-r;
		return -1;
	}
	if (r > 0 && status)
		*status = st;
	return (pid_t)r;
}

pid_t wait(int *status)
{
	return waitpid(-1, status, 0);
}

pid_t wait4(pid_t pid, int *status, int options, struct rusage *usage)
{
	pid_t r = waitpid(pid, status, options);
	if (r > 0 && usage)
		memset(usage, 0, sizeof *usage);        /* no per-child accounting */
	return r;
}

pid_t wait3(int *status, int options, struct rusage *usage)
{
	return wait4(-1, status, options, usage);
}

int waitid(idtype_t idtype, id_t id, siginfo_t *info, int options)
{
	pid_t which;
	if (idtype == P_ALL)
		which = 0;
	else if ((idtype == P_PID || idtype == P_PGID) && id > 0 && id <= 0x7fffffff)
		which = idtype == P_PID ? (pid_t)id : -(pid_t)id;
	else if (idtype == P_PGID && id == 0)
		which = -getpgrp();
	else
		which = -1;
	if (which == -1 || !(options & (WEXITED | WSTOPPED | WCONTINUED)) ||
	    (options & ~(WEXITED | WSTOPPED | WCONTINUED | WNOHANG | WNOWAIT)) || !info) {
		errno = EINVAL;
		return -1;
	}
	unsigned long o = (options & WNOHANG ? EXOV6_WAIT_NOHANG : 0) |
			  (options & WSTOPPED ? EXOV6_WAIT_UNTRACED : 0) |
			  (options & WCONTINUED ? EXOV6_WAIT_CONTINUED : 0) |
			  (options & WNOWAIT ? EXOV6_WAIT_NOWAIT : 0) |
			  (options & WEXITED ? 0 : EXOV6_WAIT_NOEXITED);
	int st = 0;
	long r = kernel_wait(which, &st, o);
	if (r < 0) {
		errno = (int)-r;
		return -1;
	}
	memset(info, 0, sizeof *info);
	if (r == 0)
		return 0;       /* WNOHANG, nothing yet: si_pid 0 */
	info->si_signo = SIGCHLD;
	info->si_pid = (pid_t)r;
	if (WIFEXITED(st)) {
		info->si_code = CLD_EXITED;
		info->si_status = WEXITSTATUS(st);
	} else if (WIFCONTINUED(st)) {
		info->si_code = CLD_CONTINUED;
		info->si_status = SIGCONT;
	} else if (WIFSTOPPED(st)) {
		info->si_code = CLD_STOPPED;
		info->si_status = WSTOPSIG(st);
	} else {
		info->si_code = WCOREDUMP(st) ? CLD_DUMPED : CLD_KILLED;
		info->si_status = WTERMSIG(st);
	}
	return 0;
}
