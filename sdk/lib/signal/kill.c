/* kill.c - kill and raise: post a signal through the kernel, which
 * interrupts the target and sends it to its handler (raise's signal is
 * handled before raise returns). */
#include <errno.h>
#include <exov6/syscall.h>
#include <signal.h>
#include <unistd.h>

int kill(pid_t pid, int sig)
{
	if (sig < 0 || sig >= NSIG) {
		errno = EINVAL;
		return -1;
	}
	if (pid <= 0) {
		errno = ESRCH;          /* process groups do not exist yet */
		return -1;
	}
	long r = exov6_sys_env_signal(pid, sig);
	if (r < 0) {
		errno = (int)-r;
		return -1;
	}
	return 0;
}

int raise(int sig)
{
	return kill(getpid(), sig);
}
