/* socktest.c - sockets (exov6.libc/socket.exp): socket()'s argument
 * checks and EAFNOSUPPORT for the network families, AF_UNIX socketpair
 * stream and datagram (data both ways, MSG_PEEK, MSG_DONTWAIT, MSG_TRUNC,
 * MSG_WAITALL, shutdown, EOF and EPIPE/SIGPIPE on close, poll, dup,
 * SOCK_NONBLOCK/SOCK_CLOEXEC, sendmsg/recvmsg, options and names, fork),
 * bad input (EBADF, ENOTSOCK, EFAULT, EINVAL), structure sizes and the
 * CMSG macros, and the address helpers (inet_*, getaddrinfo, netdb).  The
 * program also builds on Linux, where it passes too: the values checked
 * are Linux's, except where "exov6:" marks a documented difference.
 * Prints "ok TEXT" / "FAIL TEXT" lines, then "done: N failures". */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <net/if.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

static int failures;

static void check(int ok, const char *what)
{
	printf("%s %s\n", ok ? "ok" : "FAIL", what);
	failures += !ok;
}

static void check_err(long r, int want, const char *what)
{
	int e = errno;
	char buf[200];
	snprintf(buf, sizeof buf, "%s (-1/%d, got %ld/%d)", what, want, r, r < 0 ? e : 0);
	check(r == -1 && e == want, buf);
}

static volatile int sigpipes;
static void on_pipe(int s)
{
	(void)s;
	sigpipes++;
}

static void headers(void)
{
	check(sizeof(struct sockaddr) == 16, "sizeof sockaddr 16");
	check(sizeof(struct sockaddr_storage) == 128, "sizeof sockaddr_storage 128");
	check(sizeof(struct sockaddr_un) == 110, "sizeof sockaddr_un 110");
	check(sizeof(struct sockaddr_in) == 16, "sizeof sockaddr_in 16");
	check(sizeof(struct sockaddr_in6) == 28, "sizeof sockaddr_in6 28");
	check(sizeof(struct msghdr) == 56 && sizeof(struct cmsghdr) == 16, "msghdr 56, cmsghdr 16");
	check(CMSG_LEN(sizeof(int)) == 20 && CMSG_SPACE(sizeof(int)) == 24 &&
	      CMSG_SPACE(3 * sizeof(int)) == 32, "CMSG_LEN/CMSG_SPACE");
	check(AF_UNIX == 1 && AF_INET == 2 && AF_INET6 == 10 && SOCK_STREAM == 1 && SOCK_DGRAM == 2 &&
	      SOCK_SEQPACKET == 5 && SOCK_NONBLOCK == 04000 && SOCK_CLOEXEC == 02000000 &&
	      SOL_SOCKET == 1 && SO_TYPE == 3 && SO_ERROR == 4 && SO_RCVBUF == 8 && SCM_RIGHTS == 1 &&
	      MSG_PEEK == 2 && MSG_DONTWAIT == 0x40 && MSG_NOSIGNAL == 0x4000 && SHUT_RDWR == 2 &&
	      IPPROTO_TCP == 6 && IPPROTO_UDP == 17 && IPPROTO_IPV6 == 41 && TCP_NODELAY == 1 &&
	      INET6_ADDRSTRLEN == 46 && IF_NAMESIZE == 16 && EAI_NONAME == -2 && SOMAXCONN == 4096,
	      "constants have Linux's values");
	check(htons(0x1234) == 0x3412 && ntohl(0x01020304) == 0x04030201, "htons/ntohl");
	struct sockaddr_un un = { AF_UNIX, "/tmp/x" };
	check(SUN_LEN(&un) == 8, "SUN_LEN");
	check(IN6_IS_ADDR_LOOPBACK(&in6addr_loopback) && IN6_IS_ADDR_UNSPECIFIED(&in6addr_any),
	      "in6addr_loopback, in6addr_any");
	struct in6_addr m;
	inet_pton(AF_INET6, "::ffff:1.2.3.4", &m);
	check(IN6_IS_ADDR_V4MAPPED(&m) && !IN6_IS_ADDR_LOOPBACK(&m), "IN6_IS_ADDR_V4MAPPED");
	inet_pton(AF_INET6, "fe80::1", &m);
	check(IN6_IS_ADDR_LINKLOCAL(&m), "IN6_IS_ADDR_LINKLOCAL");
	inet_pton(AF_INET6, "ff02::1", &m);
	check(IN6_IS_ADDR_MULTICAST(&m) && IN6_IS_ADDR_MC_LINKLOCAL(&m), "IN6_IS_ADDR_MULTICAST");
}

static void addresses(void)
{
	unsigned char a[16];
	char s[64];

	check(inet_pton(AF_INET, "192.168.1.1", a) == 1 && a[0] == 192 && a[3] == 1, "inet_pton v4");
	check(inet_pton(AF_INET, "01.2.3.4", a) == 0 && inet_pton(AF_INET, "1.2.3", a) == 0 &&
	      inet_pton(AF_INET, "256.1.1.1", a) == 0, "inet_pton v4 strict");
	errno = 0;
	check(inet_pton(99, "1.2.3.4", a) == -1 && errno == EAFNOSUPPORT, "inet_pton bad family");
	check(inet_pton(AF_INET6, "2001:db8::1", a) == 1 &&
	      !strcmp(inet_ntop(AF_INET6, a, s, sizeof s), "2001:db8::1"), "inet_pton/ntop v6");
	check(inet_pton(AF_INET6, "::ffff:10.0.0.1", a) == 1 &&
	      !strcmp(inet_ntop(AF_INET6, a, s, sizeof s), "::ffff:10.0.0.1"), "v4-mapped round trip");
	check(inet_pton(AF_INET6, "1:0:0:2:0:0:0:3", a) == 1 &&
	      !strcmp(inet_ntop(AF_INET6, a, s, sizeof s), "1:0:0:2::3"), "ntop longest zero run");
	check(inet_pton(AF_INET6, "1::2::3", a) == 0 && inet_pton(AF_INET6, ":1::2", a) == 0,
	      "inet_pton v6 rejects");
	errno = 0;
	check(inet_ntop(AF_INET6, a, s, 5) == NULL && errno == ENOSPC, "inet_ntop ENOSPC");
	struct in_addr ia;
	check(inet_aton("127.1", &ia) == 1 && ntohl(ia.s_addr) == 0x7f000001, "inet_aton 127.1");
	check(inet_addr("0x7f.0.0.1") == htonl(0x7f000001) && inet_addr("1.2.3.4.5") == INADDR_NONE,
	      "inet_addr");
	ia.s_addr = htonl(0x0a000102);
	check(!strcmp(inet_ntoa(ia), "10.0.1.2"), "inet_ntoa");

	struct addrinfo h = { 0 }, *res = NULL;
	h.ai_family = AF_INET;
	h.ai_socktype = SOCK_STREAM;
	int r = getaddrinfo("127.0.0.1", "80", &h, &res);
	check(r == 0 && res && res->ai_family == AF_INET && res->ai_socktype == SOCK_STREAM &&
	      res->ai_protocol == IPPROTO_TCP && res->ai_addrlen == sizeof(struct sockaddr_in) &&
	      ((struct sockaddr_in *)res->ai_addr)->sin_port == htons(80) &&
	      ((struct sockaddr_in *)res->ai_addr)->sin_addr.s_addr == htonl(INADDR_LOOPBACK) &&
	      !res->ai_next, "getaddrinfo 127.0.0.1:80 stream");
	if (!r)
		freeaddrinfo(res);
	h.ai_flags = AI_NUMERICHOST;
	h.ai_family = AF_UNSPEC;
	r = getaddrinfo("::1", "http", &h, &res);
	check(r == 0 && res->ai_family == AF_INET6 &&
	      ((struct sockaddr_in6 *)res->ai_addr)->sin6_port == htons(80), "getaddrinfo ::1 http");
	if (!r)
		freeaddrinfo(res);
	check(getaddrinfo("not-numeric", NULL, &h, &res) == EAI_NONAME, "AI_NUMERICHOST name: EAI_NONAME");
	memset(&h, 0, sizeof h);
	h.ai_family = AF_INET;
	r = getaddrinfo("localhost", NULL, &h, &res);
	check(r == 0 && ((struct sockaddr_in *)res->ai_addr)->sin_addr.s_addr == htonl(INADDR_LOOPBACK),
	      "getaddrinfo localhost AF_INET");
	if (!r)
		freeaddrinfo(res);
	h.ai_flags = AI_PASSIVE;
	h.ai_socktype = SOCK_DGRAM;
	r = getaddrinfo(NULL, "53", &h, &res);
	check(r == 0 && ((struct sockaddr_in *)res->ai_addr)->sin_addr.s_addr == 0 &&
	      res->ai_protocol == IPPROTO_UDP, "getaddrinfo passive wildcard");
	if (!r)
		freeaddrinfo(res);
	h.ai_family = 12345;
	check(getaddrinfo("1.2.3.4", NULL, &h, &res) == EAI_FAMILY, "getaddrinfo EAI_FAMILY");
	h.ai_family = 0;
	h.ai_socktype = 77;
	check(getaddrinfo("1.2.3.4", NULL, &h, &res) == EAI_SOCKTYPE, "getaddrinfo EAI_SOCKTYPE");
	check(getaddrinfo(NULL, NULL, NULL, &res) == EAI_NONAME, "getaddrinfo NULL NULL");
	check(!strcmp(gai_strerror(EAI_NONAME), "Name or service not known"), "gai_strerror");
#ifdef __exov6__
	check(getaddrinfo("example.org", NULL, NULL, &res) == EAI_NONAME, "exov6: no resolver, EAI_NONAME");
	check(gethostbyname("example.org") == NULL && h_errno == HOST_NOT_FOUND, "exov6: gethostbyname name");
#endif
	struct hostent *he = gethostbyname("10.1.2.3");
	check(he && he->h_addrtype == AF_INET && he->h_length == 4 &&
	      !memcmp(he->h_addr_list[0], "\x0a\x01\x02\x03", 4), "gethostbyname numeric");
	he = gethostbyname("localhost");
	check(he && !memcmp(he->h_addr, "\x7f\x00\x00\x01", 4), "gethostbyname localhost");
	struct servent *se = getservbyname("http", "tcp");
	check(se && se->s_port == htons(80) && !strcmp(se->s_proto, "tcp"), "getservbyname http");
	se = getservbyname("ssh", NULL);
	check(se && se->s_port == htons(22), "getservbyname ssh");
	check(getservbyname("no-such-service", "tcp") == NULL, "getservbyname unknown");
	struct protoent *pe = getprotobyname("tcp");
	check(pe && pe->p_proto == IPPROTO_TCP, "getprotobyname tcp");
	check(!strcmp(hstrerror(HOST_NOT_FOUND), "Unknown host"), "hstrerror");
	char host[64], serv[16];
	struct sockaddr_in sin = { AF_INET, htons(8080), { htonl(0x7f000001) }, { 0 } };
	check(getnameinfo((struct sockaddr *)&sin, sizeof sin, host, sizeof host, serv, sizeof serv,
			  NI_NUMERICHOST | NI_NUMERICSERV) == 0 &&
	      !strcmp(host, "127.0.0.1") && !strcmp(serv, "8080"), "getnameinfo numeric");
#ifdef __exov6__
	check(if_nametoindex("eth0") == 0, "exov6: if_nametoindex 0");
#endif
	check(if_nametoindex("no-such-if0") == 0, "if_nametoindex unknown");
}

static void creation(void)
{
	int sv[2];
#ifdef __exov6__
	check_err(socket(AF_INET, SOCK_STREAM, 0), EAFNOSUPPORT, "exov6: socket AF_INET");
	check_err(socket(AF_INET6, SOCK_DGRAM, 0), EAFNOSUPPORT, "exov6: socket AF_INET6");
	check_err(socket(AF_UNIX, SOCK_STREAM, 0), EAFNOSUPPORT, "exov6: socket AF_UNIX (no named sockets yet)");
	check_err(socketpair(AF_INET, SOCK_STREAM, 0, sv), EAFNOSUPPORT, "exov6: socketpair AF_INET");
#endif
	check_err(socket(12345, SOCK_STREAM, 0), EAFNOSUPPORT, "socket unknown family");
	check_err(socket(-1, SOCK_STREAM, 0), EAFNOSUPPORT, "socket family -1");
	check_err(socket(AF_UNIX, 99, 0), EINVAL, "socket bad type");
	check_err(socket(AF_UNIX, 0, 0), ESOCKTNOSUPPORT, "socket type 0");
	check_err(socket(AF_UNIX, SOCK_STREAM | 0x100000, 0), EINVAL, "socket bad flags");
	check_err(socket(AF_UNIX, SOCK_STREAM, 6), EPROTONOSUPPORT, "socket AF_UNIX protocol 6");
	check_err(socket(AF_UNIX, SOCK_RDM, 0), ESOCKTNOSUPPORT, "socket AF_UNIX SOCK_RDM");
	check_err(socketpair(AF_UNIX, SOCK_RDM, 0, sv), ESOCKTNOSUPPORT, "socketpair SOCK_RDM");
	int *volatile bad = (int *)8;
	check_err(socketpair(AF_UNIX, SOCK_STREAM, 0, bad), EFAULT, "socketpair EFAULT");
	check(!strcmp(strerror(ESOCKTNOSUPPORT), "Socket type not supported"), "strerror ESOCKTNOSUPPORT");
}

static void stream(void)
{
	int sv[2], p[2];
	char buf[64];

	check(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0, "socketpair stream");
	struct stat st;
	check(fstat(sv[0], &st) == 0 && S_ISSOCK(st.st_mode), "fstat S_ISSOCK");
	check(write(sv[0], "hello", 5) == 5 && read(sv[1], buf, sizeof buf) == 5 && !memcmp(buf, "hello", 5),
	      "stream 0 -> 1");
	check(send(sv[1], "back", 4, 0) == 4 && recv(sv[0], buf, sizeof buf, 0) == 4 && !memcmp(buf, "back", 4),
	      "stream 1 -> 0");
	send(sv[0], "abcdef", 6, 0);
	check(recv(sv[1], buf, 3, MSG_PEEK) == 3 && !memcmp(buf, "abc", 3), "MSG_PEEK");
	check(recv(sv[1], buf, 2, 0) == 2 && !memcmp(buf, "ab", 2), "read after peek");
	check(recv(sv[1], buf, 10, 0) == 4 && !memcmp(buf, "cdef", 4), "stream: the rest, no boundaries");
	check_err(recv(sv[1], buf, 10, MSG_DONTWAIT), EAGAIN, "MSG_DONTWAIT empty");
	struct pollfd pf[2] = { { sv[0], POLLIN | POLLOUT, 0 }, { sv[1], POLLIN | POLLOUT, 0 } };
	check(poll(pf, 2, 0) == 2 && pf[0].revents == POLLOUT && pf[1].revents == POLLOUT, "poll: writable, nothing to read");
	send(sv[0], "x", 1, 0);
	check(poll(pf, 2, 0) == 2 && pf[1].revents == (POLLIN | POLLOUT), "poll: POLLIN with data");
	recv(sv[1], buf, 1, 0);
	send(sv[0], "ab", 2, 0);
	memset(buf, 0, sizeof buf);
	check_err(recv(sv[1], (void *)8, 2, 0), EFAULT, "recv EFAULT");
	check_err(send(sv[1], (void *)8, 2, 0), EFAULT, "send EFAULT");
	recv(sv[1], buf, 2, 0);

	/* sendmsg/recvmsg with two pieces. */
	struct iovec iov[2] = { { "12", 2 }, { "345", 3 } };
	struct msghdr mh = { 0 };
	mh.msg_iov = iov;
	mh.msg_iovlen = 2;
	check(sendmsg(sv[0], &mh, 0) == 5, "sendmsg 2 pieces");
	char b1[3], b2[10];
	struct iovec riov[2] = { { b1, 3 }, { b2, 10 } };
	struct msghdr rh = { 0 };
	rh.msg_iov = riov;
	rh.msg_iovlen = 2;
	check(recvmsg(sv[1], &rh, 0) == 5 && !memcmp(b1, "123", 3) && !memcmp(b2, "45", 2) &&
	      rh.msg_flags == 0, "recvmsg 2 pieces");

	/* Options and names. */
	int v = -1;
	socklen_t len = sizeof v;
	check(getsockopt(sv[0], SOL_SOCKET, SO_TYPE, &v, &len) == 0 && v == SOCK_STREAM && len == 4, "SO_TYPE stream");
	len = sizeof v;
	check(getsockopt(sv[0], SOL_SOCKET, SO_ERROR, &v, &len) == 0 && v == 0, "SO_ERROR 0");
	len = sizeof v;
	check(getsockopt(sv[0], SOL_SOCKET, SO_DOMAIN, &v, &len) == 0 && v == AF_UNIX, "SO_DOMAIN");
	len = sizeof v;
	check_err(getsockopt(sv[0], SOL_SOCKET, 9999, &v, &len), ENOPROTOOPT, "getsockopt unknown");
	len = sizeof v;
	check_err(getsockopt(sv[0], SOL_SOCKET, SO_TYPE, (void *)8, &len), EFAULT, "getsockopt EFAULT");
	v = 1;
	check(setsockopt(sv[0], SOL_SOCKET, SO_REUSEADDR, &v, sizeof v) == 0, "setsockopt SO_REUSEADDR");
	check_err(setsockopt(sv[0], SOL_SOCKET, SO_REUSEADDR, &v, 2), EINVAL, "setsockopt short");
	struct sockaddr_un sa;
	len = sizeof sa;
	memset(&sa, 0x55, sizeof sa);
	check(getsockname(sv[0], (struct sockaddr *)&sa, &len) == 0 && len == sizeof(sa_family_t) &&
	      sa.sun_family == AF_UNIX, "getsockname unnamed");
	len = sizeof sa;
	check(getpeername(sv[0], (struct sockaddr *)&sa, &len) == 0 && len == sizeof(sa_family_t),
	      "getpeername unnamed");
	check_err(listen(sv[0], 5), EINVAL, "listen on a connected socket");
	check_err(accept(sv[0], NULL, NULL), EINVAL, "accept on a non-listening socket");
	check_err(connect(sv[0], (struct sockaddr *)&sa, 1), EINVAL, "connect length 1");

	/* Not sockets. */
	check(pipe(p) == 0, "pipe");
	check_err(send(p[1], "x", 1, 0), ENOTSOCK, "send on a pipe: ENOTSOCK");
	check_err(recv(p[0], buf, 1, 0), ENOTSOCK, "recv on a pipe: ENOTSOCK");
	check_err(shutdown(p[0], SHUT_RD), ENOTSOCK, "shutdown on a pipe");
	len = sizeof v;
	check_err(getsockopt(p[0], SOL_SOCKET, SO_TYPE, &v, &len), ENOTSOCK, "getsockopt on a pipe");
	check_err(getsockname(p[0], (struct sockaddr *)&sa, &len), ENOTSOCK, "getsockname on a pipe");
	check_err(bind(p[0], (struct sockaddr *)&sa, sizeof sa), ENOTSOCK, "bind on a pipe");
	check_err(listen(p[0], 1), ENOTSOCK, "listen on a pipe");
	check_err(accept(p[0], NULL, NULL), ENOTSOCK, "accept on a pipe");
	check_err(connect(p[0], (struct sockaddr *)&sa, sizeof sa), ENOTSOCK, "connect on a pipe");
	close(p[0]);
	close(p[1]);
	check_err(send(99, "x", 1, 0), EBADF, "send on a closed fd: EBADF");
	check_err(recv(-1, buf, 1, 0), EBADF, "recv fd -1: EBADF");
	check_err(shutdown(99, SHUT_RD), EBADF, "shutdown EBADF");
	check_err(shutdown(sv[0], 7), EINVAL, "shutdown bad how");

	/* shutdown: the peer reads EOF, we get EPIPE. */
	check(send(sv[0], "last", 4, 0) == 4 && shutdown(sv[0], SHUT_WR) == 0, "shutdown SHUT_WR");
	check(recv(sv[1], buf, 10, 0) == 4 && recv(sv[1], buf, 10, 0) == 0, "peer reads the data, then EOF");
	check_err(send(sv[0], "x", 1, MSG_NOSIGNAL), EPIPE, "send after SHUT_WR: EPIPE");
	check(send(sv[1], "still", 5, 0) == 5 && recv(sv[0], buf, 10, 0) == 5, "other direction still works");
	check(shutdown(sv[1], SHUT_RD) == 0, "shutdown SHUT_RD");
	check(recv(sv[1], buf, 10, MSG_DONTWAIT) == 0, "recv after SHUT_RD: 0");
	close(sv[0]);
	close(sv[1]);

	/* Close: EOF to the peer; EPIPE and SIGPIPE writing to it. */
	check(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0, "socketpair again");
	int d = dup(sv[0]);
	close(sv[0]);
	check(send(d, "via dup", 7, 0) == 7 && recv(sv[1], buf, 10, 0) == 7, "dup of a socket");
	close(d);
	check(recv(sv[1], buf, 10, 0) == 0, "peer closed: EOF");
	pf[0] = (struct pollfd){ sv[1], POLLIN, 0 };
	check(poll(pf, 1, 0) == 1 && (pf[0].revents & (POLLIN | POLLHUP)) == (POLLIN | POLLHUP), "poll: POLLIN|POLLHUP after close");
	signal(SIGPIPE, on_pipe);
	check_err(send(sv[1], "x", 1, MSG_NOSIGNAL), EPIPE, "send to closed peer MSG_NOSIGNAL: EPIPE");
	check(sigpipes == 0, "MSG_NOSIGNAL: no SIGPIPE");
	check_err(write(sv[1], "x", 1), EPIPE, "write to closed peer: EPIPE");
	check(sigpipes == 1, "write to closed peer: SIGPIPE");
	signal(SIGPIPE, SIG_DFL);
	close(sv[1]);

	/* Flags. */
	check(socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, sv) == 0, "socketpair NONBLOCK|CLOEXEC");
	check((fcntl(sv[0], F_GETFL) & O_NONBLOCK) && (fcntl(sv[1], F_GETFD) & FD_CLOEXEC), "flags set");
	check_err(read(sv[0], buf, 1), EAGAIN, "SOCK_NONBLOCK read: EAGAIN");
	close(sv[0]);
	close(sv[1]);

	/* MSG_WAITALL across two writes from a child; fork inheritance. */
	check(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0, "socketpair for fork");
	pid_t pid = fork();
	if (pid == 0) {
		close(sv[0]);
		send(sv[1], "from", 4, 0);
		usleep(20000);
		send(sv[1], "child", 5, 0);
		recv(sv[1], buf, 4, 0);
		send(sv[1], buf, 4, 0);
		_exit(0);
	}
	close(sv[1]);
	check(recv(sv[0], buf, 9, MSG_WAITALL) == 9 && !memcmp(buf, "fromchild", 9), "MSG_WAITALL, from a child");
	check(send(sv[0], "echo", 4, 0) == 4 && recv(sv[0], buf, 4, MSG_WAITALL) == 4 && !memcmp(buf, "echo", 4),
	      "child echoes");
	int status;
	check(waitpid(pid, &status, 0) == pid && WIFEXITED(status), "child exits");
	check(recv(sv[0], buf, 4, 0) == 0, "EOF after the child exits");
	close(sv[0]);
}

static void datagram(void)
{
	int sv[2];
	char buf[64];

	check(socketpair(AF_UNIX, SOCK_DGRAM, 0, sv) == 0, "socketpair dgram");
	int v;
	socklen_t len = sizeof v;
	check(getsockopt(sv[0], SOL_SOCKET, SO_TYPE, &v, &len) == 0 && v == SOCK_DGRAM, "SO_TYPE dgram");
	send(sv[0], "ab", 2, 0);
	send(sv[0], "cde", 3, 0);
	send(sv[0], "", 0, 0);
	send(sv[0], "fghij", 5, 0);
	send(sv[0], "klm", 3, 0);
	check(recv(sv[1], buf, sizeof buf, 0) == 2 && !memcmp(buf, "ab", 2), "dgram: first message");
	check(recv(sv[1], buf, sizeof buf, MSG_PEEK) == 3 && !memcmp(buf, "cde", 3), "dgram: peek");
	check(recv(sv[1], buf, sizeof buf, 0) == 3 && !memcmp(buf, "cde", 3), "dgram: second message");
	check(recv(sv[1], buf, sizeof buf, 0) == 0, "dgram: empty message");
	check(recv(sv[1], buf, 2, 0) == 2 && !memcmp(buf, "fg", 2), "dgram: truncated to the buffer");
	check(recv(sv[1], buf, 1, MSG_TRUNC) == 3 && buf[0] == 'k', "dgram: MSG_TRUNC gives the length");
	check_err(recv(sv[1], buf, sizeof buf, MSG_DONTWAIT), EAGAIN, "dgram: empty, EAGAIN");
	send(sv[1], "xyz123", 6, 0);
	char small[2];
	struct iovec iov = { small, 2 };
	struct msghdr mh = { 0 };
	mh.msg_iov = &iov;
	mh.msg_iovlen = 1;
	check(recvmsg(sv[0], &mh, 0) == 2 && (mh.msg_flags & MSG_TRUNC), "recvmsg: MSG_TRUNC flag");
#ifdef __exov6__
	static char big[5000];
	check_err(send(sv[0], big, sizeof big, 0), EMSGSIZE, "exov6: datagram > 4092 bytes: EMSGSIZE");
#endif
	close(sv[0]);
#ifdef __exov6__
	check(recv(sv[1], buf, sizeof buf, 0) == 0, "exov6: dgram: EOF after peer close (Linux blocks)");
#endif
	close(sv[1]);
}

int main(void)
{
	setvbuf(stdout, NULL, _IONBF, 0);
	headers();
	addresses();
	creation();
	stream();
	datagram();
	printf("done: %d failures\n", failures);
	return failures != 0;
}
