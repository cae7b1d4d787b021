/* inet_ntop.c - binary to text Internet addresses, exactly as glibc:
 * IPv4 dotted quad; IPv6 lowercase hex with the longest (first of equal)
 * run of two or more zero words as "::", and the IPv4-compatible and
 * -mapped forms ending in a dotted quad.  ENOSPC when size is too short. */
#include <arpa/inet.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

static const char *ntop4(const unsigned char *src, char *dst, socklen_t size)
{
	char tmp[sizeof "255.255.255.255"];

	if ((socklen_t)snprintf(tmp, sizeof tmp, "%u.%u.%u.%u", src[0], src[1], src[2], src[3]) >= size) {
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
		tp += sprintf(tp, "%x", words[i]);
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
