/* sigset.c - signal set operations (bit sig-1 stands for signal sig),
 * with glibc's sigisemptyset, sigandset and sigorset. */
#include <errno.h>
#include <signal.h>
#include "signal_private.h"

static int valid(int sig)
{
	if (sig < 1 || sig >= NSIG) {
		errno = EINVAL;
		return 0;
	}
	return 1;
}

int sigemptyset(sigset_t *set)
{
	*set = 0;
	return 0;
}

int sigfillset(sigset_t *set)
{
	*set = ~0ul;
	return 0;
}

int sigaddset(sigset_t *set, int sig)
{
	if (!valid(sig))
		return -1;
	*set |= SIGBIT(sig);
	return 0;
}

int sigdelset(sigset_t *set, int sig)
{
	if (!valid(sig))
		return -1;
	*set &= ~SIGBIT(sig);
	return 0;
}

int sigismember(const sigset_t *set, int sig)
{
	return valid(sig) ? (*set & SIGBIT(sig)) != 0 : -1;
}

int sigisemptyset(const sigset_t *set)
{
	return *set == 0;
}

int sigandset(sigset_t *set, const sigset_t *left, const sigset_t *right)
{
	*set = *left & *right;
	return 0;
}

int sigorset(sigset_t *set, const sigset_t *left, const sigset_t *right)
{
	*set = *left | *right;
	return 0;
}
