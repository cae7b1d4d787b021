/* getaddrinfo.c - getaddrinfo, freeaddrinfo, gai_strerror, getnameinfo
 * without a resolver: numeric hosts (inet_pton, and inet_aton's forms for
 * IPv4 as glibc), "localhost" and a NULL node (loopback, or the wildcard
 * with AI_PASSIVE); numeric services and the names getservbyname knows.
 * One result per socket type asked for (stream, datagram, raw when none
 * is given), IPv6 before IPv4 for AF_UNSPEC as glibc orders loopback. */
#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct __libos_ai {
	struct addrinfo ai;
	union {
		struct sockaddr_in in;
		struct sockaddr_in6 in6;
	} sa;
};

static int port_of(const char *service, const struct addrinfo *h, int socktype, int *port)
{
	char *end;
	long v;
	struct servent *se;

	*port = 0;
	if (!service)
		return 0;
	v = strtol(service, &end, 10);
	if (*service && !*end) {
		if (v < 0 || v > 65535)
			return EAI_SERVICE;
		*port = (int)htons((uint16_t)v);
		return 0;
	}
	if (h && (h->ai_flags & AI_NUMERICSERV))
		return EAI_NONAME;
	se = getservbyname(service, socktype == SOCK_DGRAM ? "udp" : socktype == SOCK_STREAM ? "tcp" : NULL);
	if (!se)
		return EAI_SERVICE;
	*port = se->s_port;
	return 0;
}

static int add(struct addrinfo ***tail, int family, const void *addr, int socktype, int port,
	       const char *canon)
{
	struct __libos_ai *a = calloc(1, sizeof *a);

	if (!a)
		return EAI_MEMORY;
	a->ai.ai_family = family;
	a->ai.ai_socktype = socktype;
	a->ai.ai_protocol = socktype == SOCK_STREAM ? IPPROTO_TCP : socktype == SOCK_DGRAM ? IPPROTO_UDP : 0;
	a->ai.ai_addr = (struct sockaddr *)&a->sa;
	if (family == AF_INET) {
		a->ai.ai_addrlen = sizeof a->sa.in;
		a->sa.in.sin_family = AF_INET;
		a->sa.in.sin_port = (in_port_t)port;
		memcpy(&a->sa.in.sin_addr, addr, 4);
	} else {
		a->ai.ai_addrlen = sizeof a->sa.in6;
		a->sa.in6.sin6_family = AF_INET6;
		a->sa.in6.sin6_port = (in_port_t)port;
		memcpy(&a->sa.in6.sin6_addr, addr, 16);
	}
	if (canon) {
		a->ai.ai_canonname = strdup(canon);
		if (!a->ai.ai_canonname) {
			free(a);
			return EAI_MEMORY;
		}
	}
	**tail = &a->ai;
	*tail = &a->ai.ai_next;
	return 0;
}

int getaddrinfo(const char *node, const char *service, const struct addrinfo *hints,
		struct addrinfo **res)
{
	static const int all_types[] = { SOCK_STREAM, SOCK_DGRAM, SOCK_RAW };
	int family = hints ? hints->ai_family : AF_UNSPEC;
	int flags = hints ? hints->ai_flags : 0;
	int socktype = hints ? hints->ai_socktype : 0;
	unsigned char a4[4], a6[16];
	int have4 = 0, have6 = 0, err;
	const char *canon = NULL;
	struct addrinfo *head = NULL, **tail = &head;
	struct in_addr ia;

	*res = NULL;
	if (flags & ~(AI_PASSIVE | AI_CANONNAME | AI_NUMERICHOST | AI_V4MAPPED | AI_ALL |
		      AI_ADDRCONFIG | AI_NUMERICSERV))
		return EAI_BADFLAGS;
	if ((flags & AI_CANONNAME) && !node)
		return EAI_BADFLAGS;
	if (!node && !service)
		return EAI_NONAME;
	if (family != AF_UNSPEC && family != AF_INET && family != AF_INET6)
		return EAI_FAMILY;
	if (socktype != 0 && socktype != SOCK_STREAM && socktype != SOCK_DGRAM && socktype != SOCK_RAW)
		return EAI_SOCKTYPE;
	if (hints && hints->ai_protocol && socktype == 0 && hints->ai_protocol != IPPROTO_TCP &&
	    hints->ai_protocol != IPPROTO_UDP)
		return EAI_SOCKTYPE;

	if (!node || !strcmp(node, "localhost")) {
		int passive = !node && (flags & AI_PASSIVE);
		memset(a6, 0, 16);
		a6[15] = passive ? 0 : 1;
		ia.s_addr = htonl(passive ? INADDR_ANY : INADDR_LOOPBACK);
		memcpy(a4, &ia, 4);
		have4 = family != AF_INET6;
		have6 = family != AF_INET;
		canon = node;
	} else if (inet_pton(AF_INET6, node, a6) == 1) {
		if (family == AF_INET)
			return EAI_ADDRFAMILY;
		have6 = 1;
		canon = node;
	} else if (inet_aton(node, &ia)) {
		memcpy(a4, &ia, 4);
		if (family == AF_INET6) {
			if (!(flags & AI_V4MAPPED))
				return EAI_ADDRFAMILY;
			memset(a6, 0, 10);
			a6[10] = a6[11] = 0xff;
			memcpy(a6 + 12, a4, 4);
			have6 = 1;
		} else {
			have4 = 1;
		}
		canon = node;
	} else {
		return EAI_NONAME;
	}

	for (int t = 0; t < 3; t++) {
		int ty = all_types[t], port;
		if (socktype ? ty != socktype : ty == SOCK_RAW && service)
			continue;
		err = port_of(service, hints, ty, &port);
		if (err) {
			if (err == EAI_SERVICE && !socktype)
				continue;
			freeaddrinfo(head);
			return err;
		}
		if (have6 && (err = add(&tail, AF_INET6, a6, ty, port, head ? NULL : canon)))
			goto fail;
		if (have4 && (err = add(&tail, AF_INET, a4, ty, port, head ? NULL : canon)))
			goto fail;
	}
	if (!head)
		return EAI_SERVICE;
	if (!(flags & AI_CANONNAME)) {
		free(head->ai_canonname);
		head->ai_canonname = NULL;
	}
	*res = head;
	return 0;
fail:
	freeaddrinfo(head);
	return err;
}

void freeaddrinfo(struct addrinfo *res)
{
	while (res) {
		struct addrinfo *next = res->ai_next;
		free(res->ai_canonname);
		free(res);
		res = next;
	}
}

const char *gai_strerror(int code)
{
	switch (code) {
	case 0: return "Success";
	case EAI_BADFLAGS: return "Bad value for ai_flags";
	case EAI_NONAME: return "Name or service not known";
	case EAI_AGAIN: return "Temporary failure in name resolution";
	case EAI_FAIL: return "Non-recoverable failure in name resolution";
	case EAI_NODATA: return "No address associated with hostname";
	case EAI_FAMILY: return "ai_family not supported";
	case EAI_SOCKTYPE: return "ai_socktype not supported";
	case EAI_SERVICE: return "Servname not supported for ai_socktype";
	case EAI_ADDRFAMILY: return "Address family for hostname not supported";
	case EAI_MEMORY: return "Memory allocation failure";
	case EAI_SYSTEM: return "System error";
	case EAI_OVERFLOW: return "Result too large for supplied buffer";
	default: return "Unknown error";
	}
}

int getnameinfo(const struct sockaddr *addr, socklen_t len, char *host, socklen_t hostlen,
		char *serv, socklen_t servlen, int flags)
{
	const void *a;
	int port, family;

	if (!addr)
		return EAI_FAMILY;
	family = addr->sa_family;
	if (family == AF_INET && len >= sizeof(struct sockaddr_in)) {
		a = &((const struct sockaddr_in *)addr)->sin_addr;
		port = ((const struct sockaddr_in *)addr)->sin_port;
	} else if (family == AF_INET6 && len >= sizeof(struct sockaddr_in6)) {
		a = &((const struct sockaddr_in6 *)addr)->sin6_addr;
		port = ((const struct sockaddr_in6 *)addr)->sin6_port;
	} else {
		return EAI_FAMILY;
	}
	if (host && hostlen) {
		if (flags & NI_NAMEREQD)
			return EAI_NONAME;
		if (!inet_ntop(family, a, host, hostlen))
			return EAI_OVERFLOW;
	}
	if (serv && servlen) {
		struct servent *se = (flags & NI_NUMERICSERV) ? NULL
			: getservbyport(port, (flags & NI_DGRAM) ? "udp" : "tcp");
		int n = se ? snprintf(serv, servlen, "%s", se->s_name)
			   : snprintf(serv, servlen, "%u", ntohs((uint16_t)port));
		if (n < 0 || (socklen_t)n >= servlen)
			return EAI_OVERFLOW;
	}
	return 0;
}
