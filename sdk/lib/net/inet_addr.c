/* inet_addr.c - the old IPv4 parsers and printers, as glibc: inet_aton
 * and inet_addr take "a", "a.b", "a.b.c" and "a.b.c.d" with decimal, octal
 * (0...) or hex (0x...) parts and trailing white space; inet_ntoa uses
 * one static buffer; inet_network, inet_makeaddr, inet_lnaof, inet_netof. */
#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>

int inet_aton(const char *cp, struct in_addr *inp)
{
	static const unsigned long max[4] = { 0xffffffff, 0xffffff, 0xffff, 0xff };
	unsigned char parts[3];
	int np = 0, saved = errno;
	unsigned long val = 0;
	int c = (unsigned char)*cp;

	for (;;) {
		char *endp;
		unsigned long v;
		if (!isdigit(c))
			goto fail;
		errno = 0;
		v = strtoul(cp, &endp, 0);
		if (v == ULONG_MAX && errno == ERANGE)
			goto fail;
		val = v;
		cp = endp;
		c = (unsigned char)*cp;
		if (c == '.') {
			if (np > 2 || val > 0xff)
				goto fail;
			parts[np++] = (unsigned char)val;
			c = (unsigned char)*++cp;
		} else {
			break;
		}
	}
	if (c != '\0' && (!isascii(c) || !isspace(c)))
		goto fail;
	if (val > max[np])
		goto fail;
	for (int i = 0; i < np; i++)
		val |= (unsigned long)parts[i] << (24 - 8 * i);
	if (inp)
		inp->s_addr = htonl((in_addr_t)val);
	errno = saved;
	return 1;
fail:
	errno = saved;
	return 0;
}

in_addr_t inet_addr(const char *cp)
{
	struct in_addr a;

	return inet_aton(cp, &a) ? a.s_addr : INADDR_NONE;
}

char *inet_ntoa(struct in_addr in)
{
	static char buf[INET_ADDRSTRLEN];
	inet_ntop(AF_INET, &in, buf, sizeof buf);
	return buf;
}

/* The network-number form: up to four parts, host order, no shifting of
 * a short form into the top bytes (glibc's inet_network). */
in_addr_t inet_network(const char *cp)
{
	in_addr_t parts[4], val;
	int n = 0;

	for (;;) {
		char *endp;
		unsigned long v;
		if (!isdigit((unsigned char)*cp))
			return INADDR_NONE;
		v = strtoul(cp, &endp, 0);
		if (v > 0xff && (n > 0 || *endp == '.'))
			return INADDR_NONE;
		if (v > 0xffffffff)
			return INADDR_NONE;
		cp = endp;
		if (n == 4)
			return INADDR_NONE;
		parts[n++] = (in_addr_t)v;
		if (*cp != '.')
			break;
		cp++;
	}
	if (*cp && !isspace((unsigned char)*cp))
		return INADDR_NONE;
	val = 0;
	for (int i = 0; i < n; i++)
		val = val << 8 | (parts[i] & 0xff);
	return n == 1 ? parts[0] : val;
}

struct in_addr inet_makeaddr(in_addr_t net, in_addr_t host)
{
	struct in_addr a;
	in_addr_t v;

	if (net < 128)
		v = net << 24 | (host & 0xffffff);
	else if (net < 65536)
		v = net << 16 | (host & 0xffff);
	else if (net < 16777216)
		v = net << 8 | (host & 0xff);
	else
		v = net | host;
	a.s_addr = htonl(v);
	return a;
}

in_addr_t inet_lnaof(struct in_addr in)
{
	in_addr_t i = ntohl(in.s_addr);

	if (IN_CLASSA(i))
		return i & 0x00ffffff;
	if (IN_CLASSB(i))
		return i & 0x0000ffff;
	return i & 0x000000ff;
}

in_addr_t inet_netof(struct in_addr in)
{
	in_addr_t i = ntohl(in.s_addr);

	if (IN_CLASSA(i))
		return (i & 0xff000000) >> 24;
	if (IN_CLASSB(i))
		return (i & 0xffff0000) >> 16;
	return (i & 0xffffff00) >> 8;
}
