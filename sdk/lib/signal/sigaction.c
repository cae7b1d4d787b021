/* sigaction.c - sigaction and signal: the handler table lives in the libOS
 * state; SIGKILL and SIGSTOP cannot be caught or ignored.  Ignoring a
 * signal drops it if pending (POSIX); bad pointers are EFAULT, as on
 * Linux. */
#include <errno.h>
#include <signal.h>
#include "../mem/libos_state.h"
#include "../process/process_private.h"
#include "signal_private.h"

static int ignores(const struct sigaction *act, int sig)
{
	return act->sa_handler == SIG_IGN ||
	       (act->sa_handler == SIG_DFL &&
		(sig == SIGCHLD || sig == SIGURG || sig == SIGWINCH || sig == SIGCONT));
}

int sigaction(int sig, const struct sigaction *restrict act, struct sigaction *restrict old)
{
	struct libos_state *s = __libos_state();
	if (sig < 1 || sig >= NSIG || (act && (sig == SIGKILL || sig == SIGSTOP))) {
		errno = EINVAL;
		return -1;
	}
	if ((act && !__libos_user_memory(act, sizeof *act, 0)) ||
	    (old && !__libos_user_memory(old, sizeof *old, 1))) {
		errno = EFAULT;
		return -1;
	}
	if (!s) {
		errno = ENOMEM;
		return -1;
	}
	struct sigaction was = s->sigactions[sig];
	if (act) {
		s->sigactions[sig] = *act;
		s->sigactions[sig].sa_mask &= ~SIG_UNBLOCKABLE;
		if (ignores(act, sig))
			s->sigpending &= ~SIGBIT(sig);
	}
	if (old)
		*old = was;
	return 0;
}

void (*signal(int sig, void (*handler)(int)))(int)
{
	struct sigaction act = { .sa_handler = handler, .sa_flags = SA_RESTART }, old;
	if (sigaction(sig, &act, &old))
		return SIG_ERR;
	return old.sa_handler;
}
