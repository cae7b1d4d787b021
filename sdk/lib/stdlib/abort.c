/* abort.c - abort as POSIX has it: SIGABRT is unblocked and raised, so a
 * handler runs; if it returns (or SIGABRT is ignored) the default action is
 * restored and SIGABRT raised again, and the process ends with SIGABRT
 * status.  atexit handlers do not run and streams are not flushed (as
 * glibc since 2.27). */
#include <signal.h>
#include <stdlib.h>
#include "../signal/signal_private.h"

void abort(void)
{
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGABRT);
	sigprocmask(SIG_UNBLOCK, &set, NULL);
	raise(SIGABRT);

	/* The handler returned, or SIGABRT is ignored. */
	struct sigaction dfl = { .sa_handler = SIG_DFL };
	sigaction(SIGABRT, &dfl, NULL);
	sigprocmask(SIG_UNBLOCK, &set, NULL);
	raise(SIGABRT);
	/* Not reached: the default action ends the process.  If raise could
	 * not post the signal, take the default action here. */
	for (;;)
		__libos_signal(NULL, SIGABRT, 0);
}
