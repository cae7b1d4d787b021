/* poll.c - poll and select over every fd type.  Files and /dev/null are
 * always ready; pipes and the console are asked; when nothing is ready
 * the caller sleeps a tick and looks again until its timeout.  A handler
 * that runs meanwhile ends the wait with EINTR, SA_RESTART or not (as on
 * Linux); a signal that runs none does not. */
#include <errno.h>
#include <poll.h>
#include <sys/select.h>
#include <time.h>
#include "fd_private.h"
#include "../signal/signal_private.h"

#define RECHECK_NS 10000000l

static short ready_events(const struct fd *f, short events)
{
	short r = 0;
	switch (f->type) {
	case FD_PIPE_R:
		if (__pipe_ready(f))
			r = POLLIN;
		break;
	case FD_PIPE_W:
		if (__pipe_ready(f))
			r = POLLOUT;
		break;
	case FD_SOCK:
		r = __sock_events(f);
		break;
	case FD_CONSOLE:
		r = POLLOUT;
		if (__console_ready())
			r |= POLLIN;
		break;
	default:
		r = POLLIN | POLLOUT;
	}
	return (short)(r & (events | POLLHUP | POLLERR));
}

static int scan(struct pollfd *fds, nfds_t n)
{
	int count = 0;
	for (nfds_t i = 0; i < n; i++) {
		fds[i].revents = 0;
		if (fds[i].fd < 0)
			continue;
		struct fd *f = __fd_get(fds[i].fd);
		fds[i].revents = f ? ready_events(f, fds[i].events) : POLLNVAL;
		if (fds[i].revents)
			count++;
	}
	return count;
}

/* Sleep one recheck period (a signal that runs no handler does not cut it
 * short). */
static void pause_a_tick(void)
{
	struct timespec ts = { 0, RECHECK_NS };
	nanosleep(&ts, 0);
}

int poll(struct pollfd *fds, nfds_t n, int timeout_ms)
{
	struct timespec start, now;
	clock_gettime(CLOCK_MONOTONIC, &start);
	struct __libos_sigmark m = __libos_restart_begin();
	for (;;) {
		int count = scan(fds, n);
		if (count || timeout_ms == 0)
			return count;
		clock_gettime(CLOCK_MONOTONIC, &now);
		long elapsed = (now.tv_sec - start.tv_sec) * 1000 + (now.tv_nsec - start.tv_nsec) / 1000000;
		if (timeout_ms > 0 && elapsed >= timeout_ms)
			return 0;
		if (__libos_handled(m)) {
			errno = EINTR;
			return -1;
		}
		pause_a_tick();
	}
}

int select(int nfds, fd_set *restrict rd, fd_set *restrict wr, fd_set *restrict ex,
	   struct timeval *restrict timeout)
{
	if (nfds < 0 || nfds > FD_SETSIZE) {
		errno = EINVAL;
		return -1;
	}
	struct pollfd fds[FD_SETSIZE];
	nfds_t n = 0;
	for (int fd = 0; fd < nfds; fd++) {
		short ev = (short)((rd && FD_ISSET(fd, rd) ? POLLIN : 0) |
				   (wr && FD_ISSET(fd, wr) ? POLLOUT : 0));
		if (ev || (ex && FD_ISSET(fd, ex)))
			fds[n++] = (struct pollfd){ fd, ev, 0 };
	}
	int ms = timeout ? (int)(timeout->tv_sec * 1000 + timeout->tv_usec / 1000) : -1;
	int r = poll(fds, n, ms);
	if (r < 0)
		return -1;
	for (nfds_t i = 0; i < n; i++)
		if (fds[i].revents & POLLNVAL) {
			errno = EBADF;
			return -1;
		}
	if (rd)
		FD_ZERO(rd);
	if (wr)
		FD_ZERO(wr);
	if (ex)
		FD_ZERO(ex);
	int count = 0;
	for (nfds_t i = 0; i < n; i++) {
		if (rd && (fds[i].revents & (POLLIN | POLLHUP))) {
			FD_SET(fds[i].fd, rd);
			count++;
		}
		if (wr && (fds[i].revents & POLLOUT)) {
			FD_SET(fds[i].fd, wr);
			count++;
		}
	}
	return count;
}
