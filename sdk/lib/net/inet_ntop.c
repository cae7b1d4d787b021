/* inet_ntop.c - binary to text Internet addresses, exactly as glibc:
 * IPv4 dotted quad; IPv6 lowercase hex with the longest (first of equal)
 * run of two or more zero words as "::", and the IPv4-compatible and
 * -mapped forms ending in a dotted quad.  ENOSPC when size is too short. */
#include <arpa/inet.h>
#include <errno.h>
#include <string.h>

/* Decimal and lowercase hex without stdio (no printf machinery pulled in). */
static char *put_dec(char *p, unsigned v)
{
	if (v >= 100)
		*p++ = (char)('0' + v / 100);
	if (v >= 10)
		*p++ = (char)('0' + v / 10 % 10);
	*p++ = (char)('0' + v % 10);
	return p;
}

static char *put_hex(char *p, unsigned v)
{
	int started = 0;
	for (int sh = 12; sh >= 0; sh -= 4) {
		unsigned d = v >> sh & 0xf;
		if (d || started || sh == 0) {
			*p++ = "0123456789abcdef"[d];
			started = 1;
		}
	}
	return p;
}

static const char *ntop4(const unsigned char *src, char *dst, socklen_t size)
{
	char tmp[sizeof "255.255.255.255"], *p = tmp;

	for (int i = 0; i < 4; i++) {
		if (i)
			*p++ = '.';
		p = put_dec(p, src[i]);
	}
	*p = '\0';
	if ((socklen_t)(p - tmp) >= size) {
		errno = ENOSPC;
		return NULL;
	}
	return strcpy(dst, tmp);
}

static const char *ntop6(const unsigned char *src, char *dst, socklen_t size)
{
	char tmp[sizeof "ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255"], *tp = tmp;
	unsigned words[8];
	int best_base = -1, best_len = 0, cur_base = -1, cur_len = 0;

	for (int i = 0; i < 8; i++)
		words[i] = (unsigned)src[2 * i] << 8 | src[2 * i + 1];
	for (int i = 0; i < 8; i++) {
		if (words[i] == 0) {
			if (cur_base == -1)
				cur_base = i, cur_len = 1;
			else
				cur_len++;
		} else if (cur_base != -1) {
			if (best_base == -1 || cur_len > best_len)
				best_base = cur_base, best_len = cur_len;
			cur_base = -1;
		}
	}
	if (cur_base != -1 && (best_base == -1 || cur_len > best_len))
		best_base = cur_base, best_len = cur_len;
	if (best_base != -1 && best_len < 2)
		best_base = -1;

	for (int i = 0; i < 8; i++) {
		if (best_base != -1 && i >= best_base && i < best_base + best_len) {
			if (i == best_base)
				*tp++ = ':';
			continue;
		}
		if (i != 0)
			*tp++ = ':';
		if (i == 6 && best_base == 0 &&
		    (best_len == 6 || (best_len == 7 && words[7] != 0x0001) ||
		     (best_len == 5 && words[5] == 0xffff))) {
			if (!ntop4(src + 12, tp, (socklen_t)(sizeof tmp - (size_t)(tp - tmp))))
				return NULL;
			tp += strlen(tp);
			break;
		}
		tp = put_hex(tp, words[i]);
	}
	if (best_base != -1 && best_base + best_len == 8)
		*tp++ = ':';
	*tp++ = '\0';
	if ((socklen_t)(tp - tmp) > size) {
		errno = ENOSPC;
		return NULL;
	}
	return strcpy(dst, tmp);
}

const char *inet_ntop(int af, const void *src, char *dst, socklen_t size)
{
	switch (af) {
	case AF_INET:
		return ntop4(src, dst, size);
	case AF_INET6:
		return ntop6(src, dst, size);
	default:
		errno = EAFNOSUPPORT;
		return NULL;
	}
}
