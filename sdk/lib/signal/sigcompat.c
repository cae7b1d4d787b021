/* sigcompat.c - the old interfaces over sigaction and sigprocmask, as
 * glibc defines them: siginterrupt (SA_RESTART off or on), the BSD masks
 * of one int (sigblock, sigsetmask, siggetmask: signals 1..32), and the
 * System V calls (sighold, sigrelse, sigignore, sigpause, which removes
 * one signal from the mask and waits, and sigset, whose SIG_HOLD blocks
 * the signal and which reports SIG_HOLD for one that was blocked). */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include "signal_private.h"

int siginterrupt(int sig, int flag)
{
	struct sigaction act;
	if (sigaction(sig, 0, &act) < 0)
		return -1;
	if (flag)
		act.sa_flags &= ~SA_RESTART;
	else
		act.sa_flags |= SA_RESTART;
	return sigaction(sig, &act, 0);
}

static int bsd_mask(int how, int mask)
{
	sigset_t set = (unsigned)mask, old;
	if (sigprocmask(how, &set, &old) < 0)
		return -1;
	return (int)(unsigned)old;
}

int sigblock(int mask)
{
	return bsd_mask(SIG_BLOCK, mask);
}

int sigsetmask(int mask)
{
	return bsd_mask(SIG_SETMASK, mask);
}

int siggetmask(void)
{
	return sigblock(0);
}

static int one(int how, int sig)
{
	sigset_t set;
	sigemptyset(&set);
	if (sigaddset(&set, sig) < 0)
		return -1;
	return sigprocmask(how, &set, 0);
}

int sighold(int sig)
{
	return one(SIG_BLOCK, sig);
}

int sigrelse(int sig)
{
	return one(SIG_UNBLOCK, sig);
}

int sigignore(int sig)
{
	struct sigaction act = { .sa_handler = SIG_IGN };
	return sigaction(sig, &act, 0);
}

int sigpause(int sig)
{
	sigset_t set;
	if (sigprocmask(SIG_BLOCK, 0, &set) < 0 || sigdelset(&set, sig) < 0)
		return -1;
	return sigsuspend(&set);
}

void (*sigset(int sig, void (*disp)(int)))(int)
{
	sigset_t set, old;
	struct sigaction act = { .sa_handler = disp }, was;
	sigemptyset(&set);
	if (sigaddset(&set, sig) < 0)
		return SIG_ERR;
	if (disp == SIG_HOLD) {
		if (sigprocmask(SIG_BLOCK, &set, &old) < 0)
			return SIG_ERR;
		if (sigismember(&old, sig))
			return SIG_HOLD;
		if (sigaction(sig, 0, &was) < 0)
			return SIG_ERR;
		return was.sa_handler;
	}
	if (sigaction(sig, &act, &was) < 0 || sigprocmask(SIG_UNBLOCK, &set, &old) < 0)
		return SIG_ERR;
	return sigismember(&old, sig) ? SIG_HOLD : was.sa_handler;
}
