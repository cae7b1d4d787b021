/* sigprocmask.c - the blocked-signal mask, and the pending set; signals
 * unblocked here are handled before sigprocmask returns. */
#include <errno.h>
#include <signal.h>
#include "../mem/libos_state.h"
#include "signal_private.h"

int sigprocmask(int how, const sigset_t *restrict set, sigset_t *restrict old)
{
	struct libos_state *s = __libos_state();
	if (!s) {
		errno = ENOMEM;
		return -1;
	}
	sigset_t mask = s->sigmask;
	if (old)
		*old = mask;
	if (set) {
		switch (how) {
		case SIG_BLOCK: mask |= *set; break;
		case SIG_UNBLOCK: mask &= ~*set; break;
		case SIG_SETMASK: mask = *set; break;
		default:
			errno = EINVAL;
			return -1;
		}
		s->sigmask = mask & ~(SIGBIT(SIGKILL) | SIGBIT(SIGSTOP));
		__libos_signal_unblocked();
	}
	return 0;
}

int sigpending(sigset_t *set)
{
	struct libos_state *s = __libos_state();
	*set = s ? s->sigpending : 0;
	return 0;
}
