/* kill.c - kill, killpg and raise: post a signal through the kernel,
 * which interrupts the target and sends it to its handler (raise's
 * signal is handled before raise returns).  pid 0 names the caller's
 * process group, -1 every process the caller may signal but itself and
 * init, and -N group N. */
#include <errno.h>
#include <exov6/syscall.h>
#include <limits.h>
#include <signal.h>
#include <unistd.h>

static int result(long r)
{
	if (r < 0) {
		errno = (int)-r;
		return -1;
	}
	return 0;
}

int kill(pid_t pid, int sig)
{
	if (sig < 0 || sig >= NSIG)
		return result(-EINVAL);
	if (pid > 0)
		return result(exov6_sys_env_signal(pid, sig));
	if (pid == -1)
		return result(exov6_sys_env_signal_group(-1, sig));
	if (pid == INT_MIN)
		return result(-ESRCH);
	return result(exov6_sys_env_signal_group(-pid, sig));
}

int killpg(pid_t pgrp, int sig)
{
	if (pgrp < 0)
		return result(-EINVAL);
	return kill(-pgrp, sig);
}

int raise(int sig)
{
	return kill(getpid(), sig);
}
