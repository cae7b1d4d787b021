/* services.c - getservbyname/getservbyport and the protocol lookups from
 * a small built-in table (exov6 has no /etc/services or /etc/protocols):
 * the well-known services a program is likely to name, else NULL. */
#include <netdb.h>
#include <netinet/in.h>
#include <string.h>

static const struct { const char *name; int port; const char *proto; } services[] = {
	{ "echo", 7, "tcp" }, { "echo", 7, "udp" },
	{ "discard", 9, "tcp" }, { "discard", 9, "udp" },
	{ "daytime", 13, "tcp" }, { "daytime", 13, "udp" },
	{ "ftp-data", 20, "tcp" }, { "ftp", 21, "tcp" }, { "ssh", 22, "tcp" },
	{ "telnet", 23, "tcp" }, { "smtp", 25, "tcp" }, { "time", 37, "tcp" },
	{ "time", 37, "udp" }, { "domain", 53, "tcp" }, { "domain", 53, "udp" },
	{ "tftp", 69, "udp" }, { "http", 80, "tcp" }, { "pop3", 110, "tcp" },
	{ "sunrpc", 111, "tcp" }, { "sunrpc", 111, "udp" }, { "ntp", 123, "udp" },
	{ "imap2", 143, "tcp" }, { "snmp", 161, "udp" }, { "https", 443, "tcp" },
	{ "https", 443, "udp" }, { "syslog", 514, "udp" }, { "submission", 587, "tcp" },
	{ "imaps", 993, "tcp" }, { "pop3s", 995, "tcp" },
};

static const struct { const char *name; int proto; const char *alias; } protocols[] = {
	{ "ip", IPPROTO_IP, "IP" }, { "icmp", IPPROTO_ICMP, "ICMP" }, { "tcp", IPPROTO_TCP, "TCP" },
	{ "udp", IPPROTO_UDP, "UDP" }, { "ipv6", IPPROTO_IPV6, "IPv6" },
	{ "ipv6-icmp", IPPROTO_ICMPV6, "IPv6-ICMP" }, { "raw", IPPROTO_RAW, "RAW" },
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static struct servent serv;
static char *serv_aliases[1];

static struct servent *serv_at(size_t i)
{
	serv.s_name = (char *)services[i].name;
	serv.s_aliases = serv_aliases;
	serv.s_port = htons((uint16_t)services[i].port);
	serv.s_proto = (char *)services[i].proto;
	return &serv;
}

struct servent *getservbyname(const char *name, const char *proto)
{
	for (size_t i = 0; i < COUNT(services); i++)
		if (!strcmp(services[i].name, name) && (!proto || !strcmp(services[i].proto, proto)))
			return serv_at(i);
	return NULL;
}

struct servent *getservbyport(int port, const char *proto)
{
	for (size_t i = 0; i < COUNT(services); i++)
		if (htons((uint16_t)services[i].port) == port &&
		    (!proto || !strcmp(services[i].proto, proto)))
			return serv_at(i);
	return NULL;
}

static size_t serv_next;
void setservent(int stayopen) { (void)stayopen; serv_next = 0; }
void endservent(void) { serv_next = 0; }
struct servent *getservent(void)
{
	return serv_next < COUNT(services) ? serv_at(serv_next++) : NULL;
}

static struct protoent prot;
static char *prot_aliases[2];

static struct protoent *prot_at(size_t i)
{
	prot.p_name = (char *)protocols[i].name;
	prot_aliases[0] = (char *)protocols[i].alias;
	prot_aliases[1] = NULL;
	prot.p_aliases = prot_aliases;
	prot.p_proto = protocols[i].proto;
	return &prot;
}

struct protoent *getprotobyname(const char *name)
{
	for (size_t i = 0; i < COUNT(protocols); i++)
		if (!strcmp(protocols[i].name, name) || !strcmp(protocols[i].alias, name))
			return prot_at(i);
	return NULL;
}

struct protoent *getprotobynumber(int proto)
{
	for (size_t i = 0; i < COUNT(protocols); i++)
		if (protocols[i].proto == proto)
			return prot_at(i);
	return NULL;
}

static size_t prot_next;
void setprotoent(int stayopen) { (void)stayopen; prot_next = 0; }
void endprotoent(void) { prot_next = 0; }
struct protoent *getprotoent(void)
{
	return prot_next < COUNT(protocols) ? prot_at(prot_next++) : NULL;
}
