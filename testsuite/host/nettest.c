/* nettest.c - inet_pton, inet_ntop, inet_aton and inet_addr of the C
 * library (renamed x_, host/net.mk) against the host's glibc on random
 * input: dotted quads with stray, missing, large and zero-led parts, IPv6
 * text with "::" anywhere, embedded quads and mutations; random binary
 * addresses (zero runs and the v4-mapped/-compatible forms likely) with
 * every buffer size.  Result, output bytes and errno must agree.  Prints
 * "FAMILY: N cases, D differences" per family.
 * Usage: nettest [CASES [SEED]]. */
#include <arpa/inet.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "xorshift.h"

int x_inet_pton(int af, const char *src, void *dst);
const char *x_inet_ntop(int af, const void *src, char *dst, socklen_t size);
int x_inet_aton(const char *cp, struct in_addr *inp);
in_addr_t x_inet_addr(const char *cp);
extern int x_errno;

static unsigned pick(unsigned n)
{
	return (unsigned)(next() % n);
}

static char *put_num(char *p, int hex)
{
	static const char *forms[] = { "%u", "%u", "%u", "0%u", "%u0", "00%u" };
	unsigned v = pick(8) ? pick(256) : pick(8) ? pick(1000) : pick(100000);
	if (hex)
		return p + sprintf(p, pick(2) ? "%x" : "%X", pick(6) ? pick(0x10000) : pick(0x100000));
	if (pick(10) == 0)
		return p + sprintf(p, "0x%x", v);
	return p + sprintf(p, forms[pick(6)], v);
}

static void quad(char *p, int strictish)
{
	int parts = strictish ? 4 : pick(8) ? 4 : 1 + (int)pick(6);
	for (int i = 0; i < parts; i++) {
		if (i)
			*p++ = pick(60) ? '.' : "..x: "[pick(5)];
		if (pick(40))
			p = put_num(p, 0);
	}
	if (pick(30) == 0)
		*p++ = " \tx."[pick(4)];
	*p = 0;
}

static void six(char *p)
{
	int groups = pick(6) ? 8 : (int)pick(11);
	int gap = pick(3) ? (int)pick((unsigned)groups + 1) : -1;
	int v4 = pick(5) == 0;
	if (v4 && groups > 1)
		groups -= 2;
	for (int i = 0; i < groups; i++) {
		if (i == gap) {
			p += sprintf(p, "::");
			if (pick(2))
				i++;
			continue;
		}
		if (i && p[-1] != ':')
			*p++ = ':';
		p = put_num(p, 1);
	}
	if (gap == groups)
		p += sprintf(p, "::");
	if (v4) {
		if (p[-1] != ':' && pick(8))
			*p++ = ':';
		quad(p, pick(2));
		p += strlen(p);
	}
	*p = 0;
}

static void mutate(char *s)
{
	size_t n = strlen(s);
	static const char alpha[] = "0123456789abcdefABCDEFgx:.: \t";
	switch (pick(4)) {
	case 0:
		if (n)
			s[pick((unsigned)n)] = alpha[pick(sizeof alpha - 1)];
		break;
	case 1:
		if (n)
			memmove(s + pick((unsigned)n), s + pick((unsigned)n), 0), s[pick((unsigned)n)] = 0;
		break;
	case 2:
		if (n < 200) {
			size_t at = pick((unsigned)n + 1);
			memmove(s + at + 1, s + at, n - at + 1);
			s[at] = alpha[pick(sizeof alpha - 1)];
		}
		break;
	default:
		break;
	}
}

static long accepted;

static long pton_family(long cases)
{
	long diffs = 0;
	char s[512];
	for (long c = 0; c < cases; c++) {
		int af = pick(2) ? AF_INET : AF_INET6;
		if (pick(3) == 0)
			quad(s, 0);
		else
			six(s);
		if (pick(3) == 0)
			mutate(s);
		if (pick(200) == 0)
			af = pick(2) ? AF_UNSPEC : 99;
		unsigned char a[16], b[16];
		memset(a, 0xa5, 16);
		memset(b, 0xa5, 16);
		errno = 0;
		x_errno = 0;
		int r1 = inet_pton(af, s, a);
		int e1 = errno;
		int r2 = x_inet_pton(af, s, b);
		int e2 = x_errno;
		accepted += r1 == 1;
		if (r1 != r2 || (r1 < 0 && e1 != e2) || memcmp(a, b, 16)) {
			if (diffs++ < 10)
				fprintf(stderr, "pton(%d, \"%s\"): glibc %d/%d, ours %d/%d\n", af, s, r1, e1, r2, e2);
		}
	}
	return diffs;
}

static long ntop_family(long cases)
{
	long diffs = 0;
	for (long c = 0; c < cases; c++) {
		unsigned char a[16];
		int af = pick(4) ? AF_INET6 : AF_INET;
		for (int i = 0; i < 8; i++) {
			unsigned w = pick(2) ? 0 : pick(4) ? (unsigned)pick(0x10000) : pick(16);
			a[2 * i] = (unsigned char)(w >> 8);
			a[2 * i + 1] = (unsigned char)w;
		}
		if (pick(4) == 0) {
			memset(a, 0, 10 + pick(3) * 0);
			if (pick(2))
				a[10] = a[11] = 0xff;
			else if (pick(2))
				a[10] = a[11] = 0;
		}
		if (pick(300) == 0)
			af = 99;
		socklen_t size = pick(3) ? 64 : pick(50);
		char o1[64], o2[64];
		memset(o1, 'z', sizeof o1);
		memset(o2, 'z', sizeof o2);
		errno = 0;
		x_errno = 0;
		const char *r1 = inet_ntop(af, a, o1, size);
		int e1 = errno;
		const char *r2 = x_inet_ntop(af, a, o2, size);
		int e2 = x_errno;
		if (!r1 != !r2 || (!r1 && e1 != e2) || (r1 && strcmp(o1, o2))) {
			if (diffs++ < 10)
				fprintf(stderr, "ntop(%d, size %u): glibc %s/%d, ours %s/%d\n", af, size,
					r1 ? o1 : "NULL", e1, r2 ? o2 : "NULL", e2);
		}
	}
	return diffs;
}

static long aton_family(long cases)
{
	long diffs = 0;
	char s[512];
	for (long c = 0; c < cases; c++) {
		quad(s, 0);
		if (pick(3) == 0)
			mutate(s);
		struct in_addr a = { 0x5a5a5a5a }, b = { 0x5a5a5a5a };
		int r1 = inet_aton(s, &a), r2 = x_inet_aton(s, &b);
		in_addr_t n1 = inet_addr(s), n2 = x_inet_addr(s);
		if (r1 != r2 || (r1 && a.s_addr != b.s_addr) || n1 != n2) {
			if (diffs++ < 10)
				fprintf(stderr, "aton(\"%s\"): glibc %d %08x %08x, ours %d %08x %08x\n", s, r1,
					a.s_addr, n1, r2, b.s_addr, n2);
		}
	}
	return diffs;
}

int main(int argc, char **argv)
{
	long cases = argc > 1 ? atol(argv[1]) : 100000;
	rng = argc > 2 ? strtoull(argv[2], 0, 0) : 88172645463325252ull;
	if (!rng)
		rng = 1;
	printf("inet_pton: %ld cases, %ld differences\n", cases, pton_family(cases));
	printf("inet_pton: %ld accepted\n", accepted);
	printf("inet_ntop: %ld cases, %ld differences\n", cases, ntop_family(cases));
	printf("inet_aton: %ld cases, %ld differences\n", cases, aton_family(cases));
	return 0;
}
