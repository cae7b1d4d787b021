/* sigaction.c - sigaction and signal: the handler table lives in the libOS
 * state; SIGKILL and SIGSTOP cannot be caught or ignored. */
#include <errno.h>
#include <signal.h>
#include "../mem/libos_state.h"

int sigaction(int sig, const struct sigaction *restrict act, struct sigaction *restrict old)
{
	struct libos_state *s = __libos_state();
	if (sig < 1 || sig >= NSIG || (act && (sig == SIGKILL || sig == SIGSTOP))) {
		errno = EINVAL;
		return -1;
	}
	if (!s) {
		errno = ENOMEM;
		return -1;
	}
	if (old)
		*old = s->sigactions[sig];
	if (act)
		s->sigactions[sig] = *act;
	return 0;
}

void (*signal(int sig, void (*handler)(int)))(int)
{
	struct sigaction act = { .sa_handler = handler, .sa_flags = SA_RESTART }, old;
	if (sigaction(sig, &act, &old))
		return SIG_ERR;
	return old.sa_handler;
}
