/* inet_pton.c - text to binary Internet addresses, exactly as glibc:
 * IPv4 strictly dotted-quad decimal (no leading zeros, four parts), IPv6
 * with at most one "::" and an optional embedded dotted quad. */
#include <arpa/inet.h>
#include <errno.h>
#include <string.h>

static int pton4(const char *src, const char *end, unsigned char *dst)
{
	unsigned char tmp[4], *tp = tmp;
	int saw_digit = 0, octets = 0;

	*tp = 0;
	while (src < end) {
		int ch = (unsigned char)*src++;
		if (ch >= '0' && ch <= '9') {
			unsigned v = *tp * 10u + (unsigned)(ch - '0');
			if (saw_digit && *tp == 0)
				return 0;
			if (v > 255)
				return 0;
			*tp = (unsigned char)v;
			if (!saw_digit) {
				if (++octets > 4)
					return 0;
				saw_digit = 1;
			}
		} else if (ch == '.' && saw_digit) {
			if (octets == 4)
				return 0;
			*++tp = 0;
			saw_digit = 0;
		} else {
			return 0;
		}
	}
	if (octets < 4)
		return 0;
	memcpy(dst, tmp, 4);
	return 1;
}

static int hexval(int ch)
{
	if (ch >= '0' && ch <= '9')
		return ch - '0';
	if (ch >= 'a' && ch <= 'f')
		return ch - 'a' + 10;
	if (ch >= 'A' && ch <= 'F')
		return ch - 'A' + 10;
	return -1;
}

static int pton6(const char *src, const char *end, unsigned char *dst)
{
	unsigned char tmp[16], *tp = tmp, *endp = tmp + 16, *colonp = NULL;
	const char *curtok;
	int xdigits = 0;
	unsigned val = 0;

	memset(tmp, 0, sizeof tmp);
	if (src == end)
		return 0;
	if (*src == ':') {
		++src;
		if (src == end || *src != ':')
			return 0;
	}
	curtok = src;
	while (src < end) {
		int ch = (unsigned char)*src++;
		int d = hexval(ch);
		if (d >= 0) {
			if (xdigits == 4)
				return 0;
			val = val << 4 | (unsigned)d;
			++xdigits;
			continue;
		}
		if (ch == ':') {
			curtok = src;
			if (xdigits == 0) {
				if (colonp)
					return 0;
				colonp = tp;
				continue;
			} else if (src == end) {
				return 0;
			}
			if (tp + 2 > endp)
				return 0;
			*tp++ = (unsigned char)(val >> 8);
			*tp++ = (unsigned char)val;
			xdigits = 0;
			val = 0;
			continue;
		}
		if (ch == '.' && tp + 4 <= endp && pton4(curtok, end, tp) > 0) {
			tp += 4;
			xdigits = 0;
			break;
		}
		return 0;
	}
	if (xdigits > 0) {
		if (tp + 2 > endp)
			return 0;
		*tp++ = (unsigned char)(val >> 8);
		*tp++ = (unsigned char)val;
	}
	if (colonp) {
		size_t n;
		if (tp == endp)
			return 0;
		n = (size_t)(tp - colonp);
		memmove(endp - n, colonp, n);
		memset(colonp, 0, (size_t)(endp - n - colonp));
		tp = endp;
	}
	if (tp != endp)
		return 0;
	memcpy(dst, tmp, 16);
	return 1;
}

int inet_pton(int af, const char *src, void *dst)
{
	const char *end = src + strlen(src);

	switch (af) {
	case AF_INET:
		return pton4(src, end, dst);
	case AF_INET6:
		return pton6(src, end, dst);
	default:
		errno = EAFNOSUPPORT;
		return -1;
	}
}
