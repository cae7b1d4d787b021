/* gethostbyname.c - the old host lookups without a resolver: numeric
 * addresses and "localhost" only, others HOST_NOT_FOUND in h_errno; the
 * result lives in one static hostent, as glibc's.  h_errno, herror and
 * hstrerror. */
#include <arpa/inet.h>
#include <netdb.h>
#include <stdio.h>
#include <string.h>

static int h_errno_value;

int *__h_errno_location(void)
{
	return &h_errno_value;
}

static struct {
	struct hostent h;
	char name[256];
	unsigned char addr[16];
	char *addrs[2];
	char *aliases[1];
} host;

struct hostent *gethostbyname2(const char *name, int af)
{
	struct in_addr ia;
	int len = af == AF_INET6 ? 16 : 4;

	if (af != AF_INET && af != AF_INET6) {
		h_errno = NETDB_INTERNAL;
		return NULL;
	}
	if (!strcmp(name, "localhost")) {
		memset(host.addr, 0, sizeof host.addr);
		if (af == AF_INET)
			ia.s_addr = htonl(INADDR_LOOPBACK), memcpy(host.addr, &ia, 4);
		else
			host.addr[15] = 1;
	} else if (af == AF_INET && inet_aton(name, &ia)) {
		memcpy(host.addr, &ia, 4);
	} else if (af == AF_INET6 && inet_pton(AF_INET6, name, host.addr) == 1) {
		;
	} else {
		h_errno = HOST_NOT_FOUND;
		return NULL;
	}
	snprintf(host.name, sizeof host.name, "%s", name);
	host.h.h_name = host.name;
	host.aliases[0] = NULL;
	host.h.h_aliases = host.aliases;
	host.h.h_addrtype = af;
	host.h.h_length = len;
	host.addrs[0] = (char *)host.addr;
	host.addrs[1] = NULL;
	host.h.h_addr_list = host.addrs;
	h_errno = NETDB_SUCCESS;
	return &host.h;
}

struct hostent *gethostbyname(const char *name)
{
	return gethostbyname2(name, AF_INET);
}

struct hostent *gethostbyaddr(const void *addr, socklen_t len, int type)
{
	char buf[INET6_ADDRSTRLEN];

	if ((type == AF_INET && len == 4) || (type == AF_INET6 && len == 16)) {
		inet_ntop(type, addr, buf, sizeof buf);
		return gethostbyname2(buf, type);
	}
	h_errno = NETDB_INTERNAL;
	return NULL;
}

void sethostent(int stayopen) { (void)stayopen; }
void endhostent(void) {}
struct hostent *gethostent(void) { return NULL; }

const char *hstrerror(int err)
{
	switch (err) {
	case NETDB_INTERNAL: return "Resolver internal error";
	case NETDB_SUCCESS: return "Resolver Error 0 (no error)";
	case HOST_NOT_FOUND: return "Unknown host";
	case TRY_AGAIN: return "Host name lookup failure";
	case NO_RECOVERY: return "Unknown server error";
	case NO_DATA: return "No address associated with name";
	default: return "Unknown resolver error";
	}
}

void herror(const char *s)
{
	if (s && *s)
		fprintf(stderr, "%s: %s\n", s, hstrerror(h_errno));
	else
		fprintf(stderr, "%s\n", hstrerror(h_errno));
}
