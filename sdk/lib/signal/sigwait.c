/* sigwait.c - sigwait, sigwaitinfo and sigtimedwait: take a pending
 * signal of the set instead of acting on it.  While one waits, signals of
 * the set that arrive unblocked are kept pending for it too (unless they
 * are ignored), as Linux does; SIGKILL and SIGSTOP are never taken.  A
 * handler of another signal ends the wait with EINTR (sigwait itself
 * waits on, as glibc's does). */
#include <errno.h>
#include <signal.h>
#include <time.h>
#include "../mem/libos_state.h"
#include "../process/process_private.h"
#include "signal_private.h"

#define NS 1000000000l

static int take(struct libos_state *s, sigset_t set, siginfo_t *info)
{
	sigset_t ready = s->sigpending & set;
	if (!ready)
		return 0;
	int sig = __builtin_ctzl(ready) + 1;
	s->sigpending &= ~SIGBIT(sig);
	if (info)
		__libos_siginfo(info, sig, s->sigpending_info[sig]);
	s->sigpending_info[sig] = 0;
	return sig;
}

static long left_ns(const struct timespec *deadline)
{
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	long s = deadline->tv_sec - now.tv_sec;
	if (s > (long)(~0ul >> 1) / NS - 1)
		return (long)(~0ul >> 1);
	long ns = s * NS + deadline->tv_nsec - now.tv_nsec;
	return ns < 0 ? 0 : ns;
}

int sigtimedwait(const sigset_t *restrict set, siginfo_t *restrict info,
		 const struct timespec *restrict timeout)
{
	struct libos_state *s = __libos_state();
	if (!__libos_user_memory(set, sizeof *set, 0) ||
	    (info && !__libos_user_memory(info, sizeof *info, 1)) ||
	    (timeout && !__libos_user_memory(timeout, sizeof *timeout, 0))) {
		errno = EFAULT;
		return -1;
	}
	if (timeout && (timeout->tv_sec < 0 || timeout->tv_nsec < 0 || timeout->tv_nsec >= NS)) {
		errno = EINVAL;
		return -1;
	}
	if (!s) {
		errno = ENOMEM;
		return -1;
	}
	struct timespec deadline;
	if (timeout) {
		clock_gettime(CLOCK_MONOTONIC, &deadline);
		if (timeout->tv_sec > (long)(~0ul >> 1) / 2) {
			timeout = 0;    /* centuries: no limit */
		} else {
			deadline.tv_sec += timeout->tv_sec + (deadline.tv_nsec + timeout->tv_nsec) / NS;
			deadline.tv_nsec = (deadline.tv_nsec + timeout->tv_nsec) % NS;
		}
	}
	sigset_t want = *set & ~SIG_UNBLOCKABLE, was_waiting = s->sigwaiting;
	struct __libos_sigmark m = __libos_restart_begin();
	int sig = 0, err = 0;
	s->sigwaiting |= want;
	for (;;) {
		unsigned seen = s->sig_events;
		if ((sig = take(s, want, info)))
			break;
		if (__libos_handled(m)) {
			err = EINTR;
			break;
		}
		long ns = 0;
		if (timeout && (ns = left_ns(&deadline)) == 0) {
			err = EAGAIN;
			break;
		}
		__libos_signal_wait(seen, (unsigned long)ns);
	}
	s->sigwaiting = was_waiting;
	__libos_signal_unblocked();     /* others of the set that came meanwhile */
	if (err) {
		errno = err;
		return -1;
	}
	return sig;
}

int sigwaitinfo(const sigset_t *restrict set, siginfo_t *restrict info)
{
	return sigtimedwait(set, info, 0);
}

int sigwait(const sigset_t *restrict set, int *restrict sig)
{
	int r;
	do
		r = sigtimedwait(set, 0, 0);
	while (r < 0 && errno == EINTR);
	if (r < 0)
		return errno;
	*sig = r;
	return 0;
}
