/* sigprocmask.c - the blocked-signal mask (pthread_sigmask is the same
 * with one thread per process), and the pending set (empty in a forked
 * child); signals unblocked here are handled before the call returns. */
#include <errno.h>
#include <string.h>
#include <signal.h>
#include "../mem/libos_state.h"
#include "../process/process_private.h"
#include "signal_private.h"

int pthread_sigmask(int how, const sigset_t *restrict set, sigset_t *restrict old)
{
	struct libos_state *s = __libos_state();
	if (!s)
		return ENOMEM;
	if ((set && !__libos_user_memory(set, sizeof *set, 0)) ||
	    (old && !__libos_user_memory(old, sizeof *old, 1)))
		return EFAULT;
	sigset_t mask = s->sigmask;
	if (set) {
		switch (how) {
		case SIG_BLOCK: mask |= *set; break;
		case SIG_UNBLOCK: mask &= ~*set; break;
		case SIG_SETMASK: mask = *set; break;
		default: return EINVAL;
		}
	}
	if (old)
		*old = s->sigmask;
	if (set)
		__libos_set_mask(s, mask);
	return 0;
}

int sigprocmask(int how, const sigset_t *restrict set, sigset_t *restrict old)
{
	int r = pthread_sigmask(how, set, old);
	if (r) {
		errno = r;
		return -1;
	}
	return 0;
}

int sigpending(sigset_t *set)
{
	struct libos_state *s = __libos_state();
	if (!__libos_user_memory(set, sizeof *set, 1)) {
		errno = EFAULT;
		return -1;
	}
	*set = s ? s->sigpending : 0;
	return 0;
}

void __libos_signal_forked(void)
{
	struct libos_state *s = __libos_state();
	if (s) {
		s->sigpending = 0;
		memset(s->sigpending_info, 0, sizeof s->sigpending_info);
	}
}
