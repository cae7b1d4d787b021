/* format.c - the printf conversion engine: flags (- + space # 0), field
 * width and precision (also from '*'), length modifiers hh h l ll j z t L,
 * conversions d i u o x X c s p n %, with glibc's output wherever the
 * standard leaves a choice (checked by testsuite/host/difftest.c).
 * The floating-point conversions are in format_float.c. */
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <string.h>
#include "format.h"

enum length { L_NONE, L_HH, L_H, L_L, L_LL, L_J, L_Z, L_T, L_BIG_L };

void format_emit(struct out *o, const char *s, size_t n)
{
	if (o->failed || n == 0)
		return;
	if (o->sink->put(o->sink, s, n))
		o->failed = 1;
	o->count += n;
}

void format_pad(struct out *o, char c, size_t n)
{
	char buf[32];
	memset(buf, c, sizeof buf);
	for (; n > sizeof buf; n -= sizeof buf)
		format_emit(o, buf, sizeof buf);
	format_emit(o, buf, n);
}

static size_t fill(size_t width, const char *prefix, size_t len)
{
	size_t total = strlen(prefix) + len;
	return width > total ? width - total : 0;
}

void format_open(struct out *o, int flags, size_t width, const char *prefix, size_t len)
{
	if (!(flags & (F_MINUS | F_ZERO)))
		format_pad(o, ' ', fill(width, prefix, len));
	format_emit(o, prefix, strlen(prefix));
	if ((flags & (F_MINUS | F_ZERO)) == F_ZERO)
		format_pad(o, '0', fill(width, prefix, len));
}

void format_close(struct out *o, int flags, size_t width, const char *prefix, size_t len)
{
	if (flags & F_MINUS)
		format_pad(o, ' ', fill(width, prefix, len));
}

/* Emit prefix, zeros to the precision and the digits, padded to width. */
static void field(struct out *o, int flags, size_t width, const char *prefix,
		  size_t zeros, const char *body, size_t len)
{
	format_open(o, flags, width, prefix, zeros + len);
	format_pad(o, '0', zeros);
	format_emit(o, body, len);
	format_close(o, flags, width, prefix, zeros + len);
}

static void integer(struct out *o, int flags, size_t width, int precision,
		    uintmax_t v, int negative, char conv)
{
	char digits[sizeof(uintmax_t) * 3 + 1], *end = digits + sizeof digits, *p = end;
	unsigned base = conv == 'o' ? 8 : conv == 'x' || conv == 'X' || conv == 'p' ? 16 : 10;
	const char *set = conv == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
	for (uintmax_t x = v; x; x /= base)
		*--p = set[x % base];
	size_t len = (size_t)(end - p);
	if (precision == 0 && v == 0 && conv != 'p')
		len = 0;                        /* "%.0d" of 0 prints nothing */
	else if (len == 0)
		*--p = '0', len = 1;
	size_t zeros = precision > 0 && (size_t)precision > len ? (size_t)precision - len : 0;
	if (precision >= 0)
		flags &= ~F_ZERO;

	const char *prefix = "";
	if (conv == 'd' || conv == 'i')
		prefix = negative ? "-" : flags & F_PLUS ? "+" : flags & F_SPACE ? " " : "";
	else if (conv == 'p')   /* as glibc: a signed-style prefix, then 0x */
		prefix = flags & F_PLUS ? "+0x" : flags & F_SPACE ? " 0x" : "0x";
	else if ((flags & F_HASH) && v && (conv == 'x' || conv == 'X'))
		prefix = conv == 'X' ? "0X" : "0x";
	else if ((flags & F_HASH) && conv == 'o' && zeros == 0 && (len == 0 || *p != '0'))
		zeros = 1;
	field(o, flags, width, prefix, zeros, p, len);
}

static uintmax_t unsigned_arg(va_list *ap, enum length l)
{
	switch (l) {
	case L_HH: return (unsigned char)va_arg(*ap, unsigned);
	case L_H: return (unsigned short)va_arg(*ap, unsigned);
	case L_L: return va_arg(*ap, unsigned long);
	case L_LL: return va_arg(*ap, unsigned long long);
	case L_J: return va_arg(*ap, uintmax_t);
	case L_Z: return va_arg(*ap, size_t);
	case L_T: return (uintmax_t)va_arg(*ap, ptrdiff_t);
	default: return va_arg(*ap, unsigned);
	}
}

static intmax_t signed_arg(va_list *ap, enum length l)
{
	switch (l) {
	case L_HH: return (signed char)va_arg(*ap, int);
	case L_H: return (short)va_arg(*ap, int);
	case L_L: return va_arg(*ap, long);
	case L_LL: return va_arg(*ap, long long);
	case L_J: return va_arg(*ap, intmax_t);
	case L_Z: return va_arg(*ap, long);     /* signed size_t */
	case L_T: return va_arg(*ap, ptrdiff_t);
	default: return va_arg(*ap, int);
	}
}

static void store_count(va_list *ap, enum length l, size_t n)
{
	switch (l) {
	case L_HH: *va_arg(*ap, signed char *) = (signed char)n; break;
	case L_H: *va_arg(*ap, short *) = (short)n; break;
	case L_L: *va_arg(*ap, long *) = (long)n; break;
	case L_LL: *va_arg(*ap, long long *) = (long long)n; break;
	case L_J: *va_arg(*ap, intmax_t *) = (intmax_t)n; break;
	case L_Z: *va_arg(*ap, size_t *) = n; break;
	case L_T: *va_arg(*ap, ptrdiff_t *) = (ptrdiff_t)n; break;
	default: *va_arg(*ap, int *) = (int)n; break;
	}
}

static enum length length_modifier(const char **fmt)
{
	const char *p = *fmt;
	enum length l = L_NONE;
	switch (*p) {
	case 'h': l = p[1] == 'h' ? (p++, L_HH) : L_H; break;
	case 'l': l = p[1] == 'l' ? (p++, L_LL) : L_L; break;
	case 'j': l = L_J; break;
	case 'z': l = L_Z; break;
	case 't': l = L_T; break;
	case 'L': l = L_BIG_L; break;
	default: return L_NONE;
	}
	*fmt = p + 1;
	return l;
}

int format(struct sink *sink, const char *fmt, va_list ap0)
{
	struct out o = { sink, 0, 0 };
	va_list ap;
	va_copy(ap, ap0);

	while (*fmt) {
		const char *pct = strchr(fmt, '%');
		size_t lit = pct ? (size_t)(pct - fmt) : strlen(fmt);
		format_emit(&o, fmt, lit);
		fmt += lit;
		if (!*fmt)
			break;
		fmt++;

		int flags = 0;
		for (;; fmt++) {
			int f = *fmt == '-' ? F_MINUS : *fmt == '+' ? F_PLUS : *fmt == ' ' ? F_SPACE
				: *fmt == '#' ? F_HASH : *fmt == '0' ? F_ZERO : 0;
			if (!f)
				break;
			flags |= f;
		}
		size_t width = 0;
		if (*fmt == '*') {
			int w = va_arg(ap, int);
			if (w < 0)
				flags |= F_MINUS, w = -w;
			width = (size_t)w;
			fmt++;
		} else {
			while (*fmt >= '0' && *fmt <= '9')
				width = width * 10 + (size_t)(*fmt++ - '0');
		}
		int precision = -1;
		if (*fmt == '.') {
			fmt++;
			if (*fmt == '*') {
				precision = va_arg(ap, int);
				if (precision < 0)
					precision = -1;
				fmt++;
			} else {
				precision = 0;
				while (*fmt >= '0' && *fmt <= '9')
					precision = precision * 10 + (*fmt++ - '0');
			}
		}
		enum length l = length_modifier(&fmt);
		char conv = *fmt ? *fmt++ : 0;

		switch (conv) {
		case 'd':
		case 'i': {
			intmax_t v = signed_arg(&ap, l);
			integer(&o, flags, width, precision,
				v < 0 ? 0 - (uintmax_t)v : (uintmax_t)v, v < 0, conv);
			break;
		}
		case 'u': case 'o': case 'x': case 'X':
			integer(&o, flags, width, precision, unsigned_arg(&ap, l), 0, conv);
			break;
		case 'p': {
			uintptr_t v = (uintptr_t)va_arg(ap, void *);
			if (v)
				integer(&o, flags, width, precision, v, 0, 'p');
			else            /* glibc's spelling of a null pointer */
				field(&o, flags & F_MINUS, width, "", 0, "(nil)", 5);
			break;
		}
		case 'c': {
			char c = (char)va_arg(ap, int);
			field(&o, flags & F_MINUS, width, "", 0, &c, 1);
			break;
		}
		case 's': {
			const char *s = va_arg(ap, const char *);
			if (!s)         /* as glibc: all of "(null)" or nothing */
				s = precision >= 0 && precision < 6 ? "" : "(null)";
			size_t len = precision >= 0 ? strnlen(s, (size_t)precision) : strlen(s);
			field(&o, flags & F_MINUS, width, "", 0, s, len);
			break;
		}
		case 'n':
			store_count(&ap, l, o.count);
			break;
		case '%':
			format_emit(&o, "%", 1);
			break;
		case 'f': case 'F': case 'e': case 'E': case 'g': case 'G': case 'a': case 'A':
			if (l == L_BIG_L)
				format_float(&o, flags, width, precision, conv, va_arg(ap, long double), 1);
			else
				format_float(&o, flags, width, precision, conv, va_arg(ap, double), 0);
			break;
		default:
			va_end(ap);
			errno = EINVAL;
			return -1;
		}
	}
	va_end(ap);
	if (o.failed)
		return -1;
	if (o.count > INT_MAX) {
		errno = EOVERFLOW;
		return -1;
	}
	return (int)o.count;
}
