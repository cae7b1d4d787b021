/* sigsuspend.c - sigsuspend and pause: wait until a handler runs.  The
 * wait is a futex on the libOS's signal-events counter, which every
 * handler run (and every signal turning pending) bumps, so a signal
 * handled between the check and the wait makes the futex refuse to
 * sleep: no wake-up is ever lost.  Ignored signals, blocked ones and a
 * stop and continue do not end the wait (POSIX: only a handler does, or
 * the process ends). */
#include <errno.h>
#include <exov6/syscall.h>
#include <signal.h>
#include <unistd.h>
#include "../mem/libos_state.h"
#include "../process/process_private.h"
#include "signal_private.h"

long __libos_signal_wait(unsigned seen, unsigned long ns)
{
	struct libos_state *s = __libos_state();
	if (!s)
		return -ENOMEM;
	return exov6_sys_futex_wait(&s->sig_events, seen, ns);
}

int sigsuspend(const sigset_t *set)
{
	struct libos_state *s = __libos_state();
	if (!__libos_user_memory(set, sizeof *set, 0)) {
		errno = EFAULT;
		return -1;
	}
	if (!s) {
		errno = ENOMEM;
		return -1;
	}
	sigset_t old = s->sigmask;
	unsigned handled = s->sig_handled;
	__libos_set_mask(s, *set);      /* may run pending handlers at once */
	while (s->sig_handled == handled) {
		unsigned seen = s->sig_events;
		if (s->sig_handled != handled)
			break;
		__libos_signal_wait(seen, 0);
	}
	__libos_set_mask(s, old);
	errno = EINTR;
	return -1;
}

int pause(void)
{
	sigset_t mask;
	sigprocmask(SIG_BLOCK, 0, &mask);
	return sigsuspend(&mask);
}
