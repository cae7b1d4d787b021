/* format_float.c - printf's floating-point conversions: %e %f %g from the
 * exact decimal expansion (decimal.c) rounded half-to-even, %a from the
 * bits (the leading hex digit is the top nibble for long double, 0 or 1
 * for double, as glibc prints them), and glibc's spellings of infinity
 * and NaN. */
#include <stdint.h>
#include <string.h>
#include "decimal.h"
#include "format.h"

/* Positions further than this below the point never hold a digit. */
#define DEEPEST 20000

/* "e+05": the exponent of %e or %a into buf; returns its length. */
static size_t exponent(char *buf, char letter, long x, int min_digits)
{
	char digits[8];
	int n = 0;
	unsigned long u = x < 0 ? (unsigned long)-x : (unsigned long)x;
	do
		digits[n++] = (char)('0' + u % 10);
	while ((u /= 10) || n < min_digits);
	size_t len = 0;
	buf[len++] = letter;
	buf[len++] = x < 0 ? '-' : '+';
	while (n)
		buf[len++] = digits[--n];
	return len;
}

static void decimal_conversion(struct out *o, int flags, size_t width, long precision,
			       char conv, const char *sign, uint64_t m, int e)
{
	struct decimal d;
	char kind = conv | 32, letter = conv == 'G' ? 'E' : conv == 'g' ? 'e' : conv;
	long p = precision < 0 ? 6 : kind == 'g' && precision == 0 ? 1 : precision;
	int deep = p < DEEPEST ? (int)p : DEEPEST;
	__libc_decimal_init(&d, m, m ? e : 0, (kind == 'f' || !m ? 0 : __libc_decimal_magnitude(m, e)) - deep - 1);

	int fixed = kind == 'f';
	long x = 0;                     /* the exponent of %e */
	if (kind == 'f') {
		__libc_decimal_round(&d, -deep);
	} else {
		__libc_decimal_round(&d, __libc_decimal_lead(&d) - deep + (kind == 'g'));
		x = __libc_decimal_lead(&d);
		if (kind == 'g') {
			fixed = p > x && x >= -4;
			p = fixed ? p - 1 - x : p - 1;
			if (!(flags & F_HASH)) {
				long low = __libc_decimal_lowest(&d), need = (fixed ? 0 : x) - low;
				p = p < need ? p : need > 0 ? need : 0;
			}
		}
	}
	int dot = p > 0 || (flags & F_HASH);
	char tail[8];
	size_t tail_len = 0, len;
	long top;
	if (fixed) {
		top = __libc_decimal_lead(&d) > 0 ? __libc_decimal_lead(&d) : 0;
		len = (size_t)top + 1 + (size_t)dot + (size_t)p;
	} else {
		top = x;
		tail_len = exponent(tail, letter, x, 2);
		len = 1 + (size_t)dot + (size_t)p + tail_len;
	}
	__libc_format_open(o, flags, width, sign, len);
	long first = fixed ? 0 : x;     /* the last digit before the point */
	__libc_decimal_emit(o, &d, top, first);
	if (dot)
		__libc_format_emit(o, ".", 1);
	if (p > 0)
		__libc_decimal_emit(o, &d, first - 1, first - p);
	__libc_format_emit(o, tail, tail_len);
	__libc_format_close(o, flags, width, sign, len);
}

/* %a: the leading hex digit, nibbles digits of fraction after it, and the
 * binary exponent. */
static void hex_conversion(struct out *o, int flags, size_t width, int precision, char conv,
			   const char *sign, unsigned lead, uint64_t fraction, int nibbles, long x)
{
	const char *hex = conv == 'A' ? "0123456789ABCDEF" : "0123456789abcdef";
	if (precision >= 0 && precision < nibbles) {
		int drop = 4 * (nibbles - precision);
		unsigned __int128 w = (unsigned __int128)lead << (4 * nibbles) | fraction;
		unsigned __int128 rest = w & (((unsigned __int128)1 << drop) - 1);
		unsigned __int128 half = (unsigned __int128)1 << (drop - 1);
		w >>= drop;
		if (rest > half || (rest == half && (w & 1)))
			w++;
		nibbles = precision;
		lead = (unsigned)(w >> (4 * nibbles));
		fraction = (uint64_t)w & (((uint64_t)1 << (4 * nibbles)) - 1);
		if (lead == 16) {       /* 0xf.f rounded up: renormalize */
			lead = 1;
			x += 4;
		}
	} else if (precision < 0) {
		for (; nibbles > 0 && (fraction & 15) == 0; nibbles--)
			fraction >>= 4;
		precision = nibbles;
	}
	char prefix[4] = { 0 }, tail[8], body[20];
	size_t n = 0;
	strcpy(prefix, sign);
	strcat(prefix, conv == 'A' ? "0X" : "0x");
	body[n++] = hex[lead];
	if (precision > 0 || (flags & F_HASH))
		body[n++] = '.';
	for (int i = nibbles - 1; i >= 0; i--)
		body[n++] = hex[(fraction >> (4 * i)) & 15];
	size_t zeros = (size_t)(precision - nibbles);
	size_t tail_len = exponent(tail, conv == 'A' ? 'P' : 'p', x, 1);
	size_t len = n + zeros + tail_len;
	__libc_format_open(o, flags, width, prefix, len);
	__libc_format_emit(o, body, n);
	__libc_format_pad(o, '0', zeros);
	__libc_format_emit(o, tail, tail_len);
	__libc_format_close(o, flags, width, prefix, len);
}

void __libc_format_float(struct out *o, int flags, size_t width, int precision, char conv,
		  long double v, int is_long)
{
	union {
		long double v;
		struct {
			uint64_t m;
			uint16_t se;
		} bits;
	} u = { .v = v };
	uint64_t m = u.bits.m;
	int biased = u.bits.se & 0x7fff, upper = conv <= 'Z';
	const char *sign = u.bits.se >> 15 ? "-" : flags & F_PLUS ? "+" : flags & F_SPACE ? " " : "";

	if (biased == 0x7fff) {         /* as glibc: "-nan", and no zero padding */
		const char *text = m << 1 ? (upper ? "NAN" : "nan") : upper ? "INF" : "inf";
		flags &= ~F_ZERO;
		__libc_format_open(o, flags, width, sign, 3);
		__libc_format_emit(o, text, 3);
		__libc_format_close(o, flags, width, sign, 3);
	} else if ((conv | 32) != 'a') {
		decimal_conversion(o, flags, width, precision, conv, sign, m,
				   (biased ? biased : 1) - 16383 - 63);
	} else if (is_long) {
		long x = m ? (biased ? biased : 1) - 16383 - 3 : 0;
		hex_conversion(o, flags, width, precision, conv, sign, (unsigned)(m >> 60),
			       m & (((uint64_t)1 << 60) - 1), 15, x);
	} else {
		union {
			double v;
			uint64_t bits;
		} dv = { .v = (double)v };
		int dbiased = (int)(dv.bits >> 52 & 0x7ff);
		uint64_t fraction = dv.bits & (((uint64_t)1 << 52) - 1);
		long x = dbiased ? dbiased - 1023 : fraction ? -1022 : 0;
		hex_conversion(o, flags, width, precision, conv, sign, dbiased != 0, fraction, 13, x);
	}
}
