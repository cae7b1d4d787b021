/* socket.c - the socket calls.  Only AF_UNIX socket pairs exist (lib/fd/
 * socket.c); exov6 has no network, so AF_INET and AF_INET6 sockets fail
 * with EAFNOSUPPORT, and named AF_UNIX sockets (socket, bind, listen,
 * accept, connect) are not there yet: socket(AF_UNIX, ...) fails with
 * EAFNOSUPPORT too, after the argument checks Linux makes first (flags
 * EINVAL, type EINVAL or ESOCKTNOSUPPORT, protocol EPROTONOSUPPORT).  The
 * calls on a descriptor check it as Linux does: EBADF, then ENOTSOCK. */
#include <errno.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <string.h>
#include "../fd/fd_private.h"
#include "../process/process_private.h"

int __libos_socketpair_unix(int dgram, int flags, int sv[2]);

#define SOCK_TYPE_MASK 0xf

/* Linux's checks of socket()'s arguments: 0, or -errno. */
static int check_args(int domain, int type, int protocol)
{
	int kind = type & SOCK_TYPE_MASK;

	if (type & ~(SOCK_TYPE_MASK | SOCK_CLOEXEC | SOCK_NONBLOCK))
		return -EINVAL;
	if (domain < 0 || domain >= AF_MAX)
		return -EAFNOSUPPORT;
	if (kind > SOCK_PACKET)
		return -EINVAL;
	if (domain != AF_UNIX)
		return -EAFNOSUPPORT;
	if (kind != SOCK_STREAM && kind != SOCK_DGRAM && kind != SOCK_SEQPACKET && kind != SOCK_RAW)
		return -ESOCKTNOSUPPORT;
	if (protocol != 0 && protocol != PF_UNIX)
		return -EPROTONOSUPPORT;
	return 0;
}

int socket(int domain, int type, int protocol)
{
	int r = check_args(domain, type, protocol);
	return (int)__fd_result(r ? r : -EAFNOSUPPORT);
}

int socketpair(int domain, int type, int protocol, int sv[2])
{
	int r = check_args(domain, type, protocol);
	int kind = type & SOCK_TYPE_MASK;

	if (r)
		return (int)__fd_result(r);
	if (kind == SOCK_SEQPACKET)
		return (int)__fd_result(-ESOCKTNOSUPPORT);      /* not yet */
	if (!__libos_user_memory(sv, 2 * sizeof(int), 1))
		return (int)__fd_result(-EFAULT);
	return __libos_socketpair_unix(kind != SOCK_STREAM, type, sv);
}

/* The socket behind fd, or NULL with errno EBADF or ENOTSOCK. */
static struct fd *sock(int fd)
{
	struct fd *f = __fd_get(fd);
	if (f && f->type != FD_SOCK) {
		errno = ENOTSOCK;
		return NULL;
	}
	return f;
}

int bind(int fd, const struct sockaddr *addr, socklen_t len)
{
	if (!sock(fd))
		return -1;
	if (len < sizeof(sa_family_t) || len > sizeof(struct sockaddr_un))
		return (int)__fd_result(-EINVAL);
	if (!__libos_user_memory(addr, len, 0))
		return (int)__fd_result(-EFAULT);
	if (addr->sa_family != AF_UNIX)
		return (int)__fd_result(-EINVAL);
	return (int)__fd_result(-EINVAL);       /* a pair is already bound... to nothing */
}

int listen(int fd, int backlog)
{
	(void)backlog;
	if (!sock(fd))
		return -1;
	return (int)__fd_result(-EINVAL);       /* connected: Linux says EINVAL */
}

int accept4(int fd, struct sockaddr *addr, socklen_t *len, int flags)
{
	(void)addr;
	(void)len;
	if (!sock(fd))
		return -1;
	if (flags & ~(SOCK_CLOEXEC | SOCK_NONBLOCK))
		return (int)__fd_result(-EINVAL);
	return (int)__fd_result(-EINVAL);       /* not listening */
}

int accept(int fd, struct sockaddr *addr, socklen_t *len)
{
	return accept4(fd, addr, len, 0);
}

int connect(int fd, const struct sockaddr *addr, socklen_t len)
{
	if (!sock(fd))
		return -1;
	if (len < sizeof(sa_family_t) || len > sizeof(struct sockaddr_storage))
		return (int)__fd_result(-EINVAL);
	if (!__libos_user_memory(addr, len, 0))
		return (int)__fd_result(-EFAULT);
	return (int)__fd_result(-EISCONN);      /* every socket is one of a pair */
}

ssize_t send(int fd, const void *buf, size_t n, int flags)
{
	struct fd *f = sock(fd);
	if (!f)
		return -1;
	if (n && !__libos_user_memory(buf, n, 0))
		return __fd_result(-EFAULT);
	return __fd_result(__sock_write(f, buf, n, flags));
}

ssize_t sendto(int fd, const void *buf, size_t n, int flags, const struct sockaddr *addr,
	       socklen_t len)
{
	struct fd *f = sock(fd);
	if (!f)
		return -1;
	if (addr && len)
		return __fd_result(-EISCONN);
	return send(fd, buf, n, flags);
}

ssize_t recv(int fd, void *buf, size_t n, int flags)
{
	struct fd *f = sock(fd);
	if (!f)
		return -1;
	if (n && !__libos_user_memory(buf, n, 1))
		return __fd_result(-EFAULT);
	return __fd_result(__sock_read(f, buf, n, flags));
}

ssize_t recvfrom(int fd, void *buf, size_t n, int flags, struct sockaddr *addr, socklen_t *len)
{
	ssize_t r = recv(fd, buf, n, flags);
	/* The peer of a pair has no name: an AF_UNIX address of family only. */
	if (r >= 0 && addr && len) {
		struct sockaddr_un un = { .sun_family = AF_UNIX };
		size_t k = *len < sizeof(sa_family_t) ? *len : sizeof(sa_family_t);
		memcpy(addr, &un, k);
		*len = sizeof(sa_family_t);
	}
	return r;
}

ssize_t sendmsg(int fd, const struct msghdr *msg, int flags)
{
	struct fd *f = sock(fd);
	if (!f)
		return -1;
	if (!__libos_user_memory(msg, sizeof *msg, 0))
		return __fd_result(-EFAULT);
	if (msg->msg_controllen)
		return __fd_result(-EOPNOTSUPP);        /* SCM_RIGHTS: not yet */
	if (msg->msg_iovlen > 1024)
		return __fd_result(-EMSGSIZE);
	/* Gather into one write so a datagram stays one message. */
	size_t total = 0;
	for (size_t i = 0; i < msg->msg_iovlen; i++)
		total += msg->msg_iov[i].iov_len;
	if (msg->msg_iovlen == 1)
		return send(fd, msg->msg_iov[0].iov_base, total, flags);
	char tmp[4096];
	if (total > sizeof tmp && (f->handle & __LIBOS_SOCK_DGRAM))
		return __fd_result(-EMSGSIZE);
	if (total > sizeof tmp) {
		ssize_t done = 0;
		for (size_t i = 0; i < msg->msg_iovlen; i++) {
			ssize_t r = send(fd, msg->msg_iov[i].iov_base, msg->msg_iov[i].iov_len, flags);
			if (r < 0)
				return done ? done : r;
			done += r;
			if ((size_t)r < msg->msg_iov[i].iov_len)
				break;
		}
		return done;
	}
	size_t at = 0;
	for (size_t i = 0; i < msg->msg_iovlen; i++) {
		memcpy(tmp + at, msg->msg_iov[i].iov_base, msg->msg_iov[i].iov_len);
		at += msg->msg_iov[i].iov_len;
	}
	return send(fd, tmp, total, flags);
}

ssize_t recvmsg(int fd, struct msghdr *msg, int flags)
{
	struct fd *f = sock(fd);
	if (!f)
		return -1;
	if (!__libos_user_memory(msg, sizeof *msg, 1))
		return __fd_result(-EFAULT);
	if (msg->msg_iovlen > 1024)
		return __fd_result(-EMSGSIZE);
	size_t total = 0;
	for (size_t i = 0; i < msg->msg_iovlen; i++)
		total += msg->msg_iov[i].iov_len;
	char tmp[4096];
	ssize_t r;
	int user_trunc = flags & MSG_TRUNC;
	if (f->handle & __LIBOS_SOCK_DGRAM)
		flags |= MSG_TRUNC;     /* learn the whole length */
	if (msg->msg_iovlen == 1 || total > sizeof tmp) {
		r = msg->msg_iovlen ? recv(fd, msg->msg_iov[0].iov_base, msg->msg_iov[0].iov_len, flags)
				    : recv(fd, tmp, 0, flags);
	} else {
		r = recv(fd, tmp, total, flags);
		size_t got = r > 0 && (size_t)r > total ? total : (size_t)(r > 0 ? r : 0);
		size_t at = 0;
		for (size_t i = 0; i < msg->msg_iovlen && at < got; i++) {
			size_t k = got - at < msg->msg_iov[i].iov_len ? got - at
									    : msg->msg_iov[i].iov_len;
			memcpy(msg->msg_iov[i].iov_base, tmp + at, k);
			at += k;
		}
	}
	if (r < 0)
		return r;
	msg->msg_flags = 0;
	if ((f->handle & __LIBOS_SOCK_DGRAM) && (size_t)r > total) {
		msg->msg_flags |= MSG_TRUNC;
		if (!user_trunc)
			r = (ssize_t)total;
	}
	msg->msg_controllen = 0;
	if (msg->msg_name && msg->msg_namelen >= sizeof(sa_family_t)) {
		((struct sockaddr *)msg->msg_name)->sa_family = AF_UNIX;
		msg->msg_namelen = sizeof(sa_family_t);
	} else {
		msg->msg_namelen = 0;
	}
	return r;
}

/* Option values: an int each, copied out at most *len bytes (Linux). */
static int put_int(void *val, socklen_t *len, int v)
{
	if (!__libos_user_memory(len, sizeof *len, 1))
		return (int)__fd_result(-EFAULT);
	if ((int)*len < 0)
		return (int)__fd_result(-EINVAL);
	socklen_t k = *len < sizeof v ? *len : sizeof v;
	if (k && !__libos_user_memory(val, k, 1))
		return (int)__fd_result(-EFAULT);
	memcpy(val, &v, k);
	*len = k;
	return 0;
}

int getsockopt(int fd, int level, int name, void *val, socklen_t *len)
{
	struct fd *f = sock(fd);
	if (!f)
		return -1;
	if (level != SOL_SOCKET)
		return (int)__fd_result(-EOPNOTSUPP);
	switch (name) {
	case SO_TYPE:
		return put_int(val, len, (f->handle & __LIBOS_SOCK_DGRAM) ? SOCK_DGRAM : SOCK_STREAM);
	case SO_DOMAIN:
		return put_int(val, len, AF_UNIX);
	case SO_PROTOCOL:
	case SO_ERROR:
	case SO_ACCEPTCONN:
	case SO_REUSEADDR:
	case SO_KEEPALIVE:
	case SO_BROADCAST:
	case SO_OOBINLINE:
	case SO_PASSCRED:
		return put_int(val, len, 0);
	case SO_SNDBUF:
	case SO_RCVBUF:
		return put_int(val, len, (int)(UPIPE_SLOT - EXOV6_PAGE_SIZE));
	case SO_RCVLOWAT:
	case SO_SNDLOWAT:
		return put_int(val, len, 1);
	case SO_LINGER: {
		struct linger l = { 0, 0 };
		if (!__libos_user_memory(len, sizeof *len, 1))
			return (int)__fd_result(-EFAULT);
		socklen_t k = *len < sizeof l ? *len : sizeof l;
		if (k && !__libos_user_memory(val, k, 1))
			return (int)__fd_result(-EFAULT);
		memcpy(val, &l, k);
		*len = k;
		return 0;
	}
	default:
		return (int)__fd_result(-ENOPROTOOPT);
	}
}

int setsockopt(int fd, int level, int name, const void *val, socklen_t len)
{
	struct fd *f = sock(fd);
	if (!f)
		return -1;
	if (level != SOL_SOCKET)
		return (int)__fd_result(-EOPNOTSUPP);
	switch (name) {
	case SO_TYPE:
	case SO_DOMAIN:
	case SO_PROTOCOL:
	case SO_ERROR:
	case SO_ACCEPTCONN:
		return (int)__fd_result(-ENOPROTOOPT);
	case SO_LINGER:
		if (len < sizeof(struct linger))
			return (int)__fd_result(-EINVAL);
		break;
	case SO_RCVTIMEO:
	case SO_SNDTIMEO:
		/* Accepted and ignored: a gap (docs/SDK.md). */
		return 0;
	default:
		if (len < sizeof(int))
			return (int)__fd_result(-EINVAL);
	}
	if (!__libos_user_memory(val, len, 0))
		return (int)__fd_result(-EFAULT);
	/* Buffer sizes, keepalive, reuse...: accepted, no effect on a pair. */
	return 0;
}

/* The name of an unbound AF_UNIX socket: just the family. */
static int unnamed(int fd, struct sockaddr *addr, socklen_t *len)
{
	if (!sock(fd))
		return -1;
	if (!__libos_user_memory(len, sizeof *len, 1))
		return (int)__fd_result(-EFAULT);
	if ((int)*len < 0)
		return (int)__fd_result(-EINVAL);
	sa_family_t fam = AF_UNIX;
	socklen_t k = *len < sizeof fam ? *len : sizeof fam;
	if (k && !__libos_user_memory(addr, k, 1))
		return (int)__fd_result(-EFAULT);
	memcpy(addr, &fam, k);
	*len = sizeof fam;
	return 0;
}

int getsockname(int fd, struct sockaddr *addr, socklen_t *len)
{
	return unnamed(fd, addr, len);
}

int getpeername(int fd, struct sockaddr *addr, socklen_t *len)
{
	return unnamed(fd, addr, len);
}

int sockatmark(int fd)
{
	return sock(fd) ? 0 : -1;
}
