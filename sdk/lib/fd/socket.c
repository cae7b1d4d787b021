/* socket.c - AF_UNIX socket descriptors as a pair of pipes, one per
 * direction (pipe.c's shared-page rings, holder counts and futex waits):
 * fd.pipe is the ring this end reads, fd.handle the ring it writes (with
 * the __LIBOS_SOCK_* state in the low bits: pipe slots are page-aligned).
 * A stream socket is the ring's byte stream; a datagram socket writes each
 * message whole as a 4-byte length and the bytes (at most
 * __LIBOS_DGRAM_MAX), so a read returns one message, truncated to the
 * buffer.  Closing or shutting down writing lets the send ring go, and
 * the peer reads end of file; writing to a peer that is gone is EPIPE and
 * SIGPIPE (not with MSG_NOSIGNAL). */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include "fd_private.h"

#define __LIBOS_DGRAM_MAX (4096 - 4)

static unsigned long send_va(const struct fd *f)
{
	return (unsigned long)f->handle & ~(unsigned long)__LIBOS_SOCK_BITS;
}

static long bits(const struct fd *f)
{
	return f->handle & __LIBOS_SOCK_BITS;
}

int __fd_pipe_ends(const struct fd *f, struct fd ends[2])
{
	if (f->type == FD_PIPE_R || f->type == FD_PIPE_W) {
		ends[0] = *f;
		return 1;
	}
	if (f->type != FD_SOCK)
		return 0;
	ends[0] = (struct fd){ FD_PIPE_R, 0, O_RDONLY, 0, f->pipe };
	if (bits(f) & __LIBOS_SOCK_SHUT_WR)
		return 1;
	ends[1] = (struct fd){ FD_PIPE_W, 0, O_WRONLY, 0, send_va(f) };
	return 2;
}

/* The pipe end to read or write through, with this call's flags. */
static struct fd end_of(const struct fd *f, int reading, int flags)
{
	int fl = (f->flags & O_NONBLOCK) | ((flags & MSG_DONTWAIT) ? O_NONBLOCK : 0) |
		 ((flags & MSG_NOSIGNAL) ? __LIBOS_O_NOSIGNAL : 0);
	if (reading)
		return (struct fd){ FD_PIPE_R, 0, O_RDONLY | fl, 0, f->pipe };
	return (struct fd){ FD_PIPE_W, 0, O_WRONLY | fl, 0, send_va(f) };
}

long __sock_read(struct fd *f, void *buf, size_t n, int flags)
{
	struct fd e = end_of(f, 1, flags);
	int peek = (flags & MSG_PEEK) != 0;

	if (bits(f) & __LIBOS_SOCK_SHUT_RD) {
		/* Linux: what was already queued can still be read. */
		e.flags |= O_NONBLOCK;
		if (!(bits(f) & __LIBOS_SOCK_DGRAM)) {
			long r = n ? __pipe_recv(&e, buf, n, peek) : 0;
			return r == -EAGAIN ? 0 : r;
		}
	}
	if (!(bits(f) & __LIBOS_SOCK_DGRAM)) {
		if (n == 0)
			return 0;
		if (!(flags & MSG_WAITALL) || peek)
			return __pipe_recv(&e, buf, n, peek);
		size_t done = 0;
		while (done < n) {
			long r = __pipe_recv(&e, (char *)buf + done, n - done, 0);
			if (r <= 0)
				return done ? (long)done : r;
			done += (size_t)r;
		}
		return (long)done;
	}

	/* Datagrams: the length word, then the message (written whole). */
	char msg[4 + __LIBOS_DGRAM_MAX];
	long r = __pipe_recv(&e, msg, peek ? sizeof msg : 4, peek);
	if (r <= 0)
		return r == -EAGAIN && (bits(f) & __LIBOS_SOCK_SHUT_RD) ? 0 : r;
	if (r < 4)
		return -EIO;
	uint32_t len;
	memcpy(&len, msg, 4);
	size_t take = n < len ? n : len;
	if (peek) {
		memcpy(buf, msg + 4, take);
	} else {
		e.flags |= O_NONBLOCK;  /* the message is all there */
		for (size_t got = 0; got < len;) {
			long k = __pipe_recv(&e, got < take ? (char *)buf + got : msg,
					     got < take ? take - got : len - got, 0);
			if (k <= 0)
				return -EIO;
			got += (size_t)k;
		}
	}
	return (flags & MSG_TRUNC) ? (long)len : (long)take;
}

long __sock_write(struct fd *f, const void *buf, size_t n, int flags)
{
	struct fd e = end_of(f, 0, flags);

	if (bits(f) & __LIBOS_SOCK_SHUT_WR) {
		if (!(flags & MSG_NOSIGNAL))
			raise(SIGPIPE);
		return -EPIPE;
	}
	if (!(bits(f) & __LIBOS_SOCK_DGRAM))
		return n ? __pipe_write(&e, buf, n) : 0;
	if (n > __LIBOS_DGRAM_MAX)
		return -EMSGSIZE;
	char msg[4 + __LIBOS_DGRAM_MAX];
	uint32_t len = (uint32_t)n;
	memcpy(msg, &len, 4);
	memcpy(msg + 4, buf, n);
	long r = __pipe_write(&e, msg, n + 4);
	return r < 0 ? r : (long)n;
}

short __sock_events(const struct fd *f)
{
	struct fd r = end_of(f, 1, 0), w = end_of(f, 0, 0);
	short ev = 0;
	int rd_gone = !__pipe_peers(&r);
	int wr_gone = (bits(f) & __LIBOS_SOCK_SHUT_WR) || !__pipe_peers(&w);

	if (__pipe_ready(&r) || (bits(f) & __LIBOS_SOCK_SHUT_RD))
		ev |= POLLIN;
	if (!(bits(f) & __LIBOS_SOCK_SHUT_WR) && __pipe_ready(&w))
		ev |= POLLOUT;
	if (rd_gone && wr_gone)
		ev |= POLLHUP;
	return ev;
}

/* Give up one ring for good; the pages go when this env holds none. */
static void let_go(struct fd *ring_end)
{
	__pipe_hold(ring_end, 0, -1);
}

int shutdown(int fd, int how)
{
	struct fd *f = __fd_get(fd);
	if (!f)
		return -1;
	if (f->type != FD_SOCK)
		return (int)__fd_result(-ENOTSOCK);
	if (how != SHUT_RD && how != SHUT_WR && how != SHUT_RDWR)
		return (int)__fd_result(-EINVAL);
	if (how != SHUT_WR)
		f->handle |= __LIBOS_SOCK_SHUT_RD;
	if (how != SHUT_RD && !(bits(f) & __LIBOS_SOCK_SHUT_WR)) {
		struct fd w = end_of(f, 0, 0);
		f->handle |= __LIBOS_SOCK_SHUT_WR;
		let_go(&w);
	}
	return 0;
}

/* The pipe pair behind socketpair: pipe2 makes each ring; the two ends of
 * one ring are then split between the two sockets. */
int __libos_socketpair_unix(int dgram, int flags, int sv[2])
{
	int a[2], b[2];
	int pf = ((flags & SOCK_NONBLOCK) ? O_NONBLOCK : 0) | ((flags & SOCK_CLOEXEC) ? O_CLOEXEC : 0);

	if (pipe2(a, pf) < 0)
		return -1;
	if (pipe2(b, pf) < 0) {
		int e = errno;
		close(a[0]);
		close(a[1]);
		errno = e;
		return -1;
	}
	struct fd_table *t = __fd_table();
	struct fd *a0 = &t->fd[a[0]], *a1 = &t->fd[a[1]], *b0 = &t->fd[b[0]], *b1 = &t->fd[b[1]];
	long kind = dgram ? __LIBOS_SOCK_DGRAM : 0;
	int fl = O_RDWR | (pf & O_NONBLOCK);
	/* Socket 0 reads ring a, writes ring b; socket 1 the other way. */
	struct fd s0 = { FD_SOCK, a0->cloexec, fl, (long)b1->pipe | kind, a0->pipe };
	struct fd s1 = { FD_SOCK, a0->cloexec, fl, (long)a1->pipe | kind, b0->pipe };
	*a0 = s0;
	*b0 = s1;
	a1->type = FD_NONE;     /* its holds now belong to the sockets */
	b1->type = FD_NONE;
	sv[0] = a[0];
	sv[1] = b[0];
	return 0;
}
