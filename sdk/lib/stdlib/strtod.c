/* strtod.c - strtof, strtod, strtold, atof: correctly rounded (to nearest,
 * ties to even) for decimal and hexadecimal input of any length, with
 * glibc's endptr, NaN payloads and ERANGE (overflow; underflow when the
 * result is tiny after rounding and inexact).  A decimal D * 10^E becomes
 * the quotient of two exact big integers N / Dv scaled so that it has the
 * format's precision: the integer quotient (estimated from the top bits,
 * then corrected) and two more bits by restoring division, with the
 * remainder as a sticky bit, are then rounded like a long hex input. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef unsigned __int128 u128;

/* The formats: precision, the exponent of the least subnormal, the
 * greatest exponent, and decimal bounds beyond which D * 10^E surely
 * overflows (leading digit at 10^max_lead) or is below half the least
 * subnormal (10^(n + E) <= 10^min_end). */
struct format {
	int p, umin, emax, max_lead, min_end;
};

static const struct format fmt_float = { 24, -149, 127, 39, -46 };
static const struct format fmt_double = { 53, -1074, 1023, 309, -324 };
static const struct format fmt_long = { 64, -16445, 16383, 4933, -4951 };

/* Digits kept from a long decimal input; the rest fold into one sticky
 * digit.  Every halfway point between long doubles has at most 11515
 * significant digits, so this changes no rounding. */
#define MAX_DIGITS 11520

/* Big enough for 5^k * 2^j of every scaled quotient: 3.33 bits a digit. */
#define BIG_LIMBS 1216

struct big {
	int n;                          /* limbs in use, no leading zero limb */
	uint32_t limb[BIG_LIMBS];       /* least significant first */
};

static void big_set(struct big *b, uint32_t v)
{
	b->limb[0] = v;
	b->n = v != 0;
}

/* b = b * m + a, for m < 2^63. */
static void big_mul_add(struct big *b, uint64_t m, uint32_t a)
{
	uint64_t carry = a;
	for (int i = 0; i < b->n; i++) {
		u128 x = (u128)b->limb[i] * m + carry;
		b->limb[i] = (uint32_t)x;
		carry = (uint64_t)(x >> 32);
	}
	for (; carry; carry >>= 32)
		b->limb[b->n++] = (uint32_t)carry;
}

static void big_mul_pow5(struct big *b, long k)
{
	for (; k >= 27; k -= 27)
		big_mul_add(b, 7450580596923828125u, 0);        /* 5^27 */
	uint64_t m = 1;
	while (k--)
		m *= 5;
	big_mul_add(b, m, 0);
}

static void big_shl(struct big *b, long bits)
{
	if (b->n == 0 || bits <= 0)
		return;
	int words = (int)(bits / 32), r = (int)(bits % 32);
	b->limb[b->n] = 0;
	for (int i = b->n; i >= 0; i--) {
		uint32_t lower = r && i > 0 ? b->limb[i - 1] >> (32 - r) : 0;
		b->limb[i + words] = b->limb[i] << r | lower;
	}
	memset(b->limb, 0, (size_t)words * sizeof b->limb[0]);
	b->n += words + 1;
	while (b->n && b->limb[b->n - 1] == 0)
		b->n--;
}

static long big_bitlen(const struct big *b)
{
	return b->n ? 32L * b->n - __builtin_clz(b->limb[b->n - 1]) : 0;
}

static int big_cmp(const struct big *a, const struct big *b)
{
	if (a->n != b->n)
		return a->n < b->n ? -1 : 1;
	for (int i = a->n - 1; i >= 0; i--)
		if (a->limb[i] != b->limb[i])
			return a->limb[i] < b->limb[i] ? -1 : 1;
	return 0;
}

/* a -= q * b, where the result is known not to be negative. */
static void big_sub_mul(struct big *a, const struct big *b, u128 q)
{
	u128 carry = 0;
	uint64_t borrow = 0;
	for (int i = 0; i < a->n; i++) {
		if (i < b->n)
			carry += (u128)b->limb[i] * q;
		uint64_t d = (uint64_t)a->limb[i] - (uint32_t)carry - borrow;
		a->limb[i] = (uint32_t)d;
		borrow = d >> 63;
		carry >>= 32;
	}
	while (a->n && a->limb[a->n - 1] == 0)
		a->n--;
}

/* 128 bits of b from bit s up (s may be negative: shifted left). */
static u128 big_bits(const struct big *b, long s)
{
	u128 v = 0;
	for (int i = b->n - 1; i >= 0; i--) {
		long at = 32L * i - s;          /* where limb i lands */
		if (at >= 128 || at <= -32)
			continue;
		v |= at >= 0 ? (u128)b->limb[i] << at : (u128)(b->limb[i] >> -at);
	}
	return v;
}

/* n / d for d < 2^64, with x86-64's 128-by-64 divide (no libgcc call). */
static u128 divide(u128 n, uint64_t d)
{
	uint64_t hi = (uint64_t)(n >> 64), q, r;
	__asm__("divq %4" : "=a"(q), "=d"(r) : "a"((uint64_t)n), "d"(hi % d), "rm"(d));
	return (u128)(hi / d) << 64 | q;
}

/* The result of a conversion: the class, and for a finite value q * 2^u. */
struct result {
	enum { FINITE, INFINITE, NOT_A_NUMBER } kind;
	int negative;
	uint64_t q;                     /* < 2^p; >= 2^(p-1) unless subnormal */
	long u;
	uint64_t payload;               /* of a NaN */
};

static int bitlen128(u128 v)
{
	uint64_t hi = (uint64_t)(v >> 64), lo = (uint64_t)v;
	return hi ? 128 - __builtin_clzll(hi) : lo ? 64 - __builtin_clzll(lo) : 0;
}

/* Round (q + a sticky fraction) * 2^u to the format; ERANGE on overflow,
 * and when the result is inexact and tiny: below 2^(emin) even when
 * rounded to p bits with an unbounded exponent (x86 detects tininess after
 * rounding). */
static void round_to_format(const struct format *f, u128 q, long u, int sticky, struct result *r)
{
	int bits = bitlen128(q);
	long emin = f->umin + f->p - 1, j = bits - f->p;
	int tiny = bits + u - 1 < emin;
	if (tiny && j > 0 && q >> j == ((u128)1 << f->p) - 1 && (q >> (j - 1) & 1))
		tiny = 0;               /* rounds up to 2^emin */
	if (u + j < f->umin)
		j = f->umin - u;
	int inexact = sticky;
	if (j < 0) {
		q <<= -j;               /* exact: sticky is 0 when q is short */
	} else if (j > 0) {
		int half = j <= 128 && (q >> (j - 1) & 1);
		int below = sticky || (j > 128 ? q != 0 : (q & (((u128)1 << (j - 1)) - 1)) != 0);
		q = j < 128 ? q >> j : 0;
		if (half && (below || (q & 1)))
			q++;
		inexact = half || below;
	}
	u += j;
	if (q >> f->p) {                /* rounded up to the next binade */
		q >>= 1;
		u++;
	}
	r->q = (uint64_t)q;
	r->u = u;
	if (q && u + f->p - 1 > f->emax) {
		r->kind = INFINITE;
		errno = ERANGE;
	} else if (tiny && inexact) {
		errno = ERANGE;
	}
}

/* D * 10^e10 (D > 0, in n), rounded to the format. */
static void decimal_to_binary(const struct format *f, struct big *n, long e10, struct result *r)
{
	struct big dv;
	big_set(&dv, 1);
	if (e10 > 0)
		big_mul_pow5(n, e10);
	else
		big_mul_pow5(&dv, -e10);
	/* 2^(b-1) < D * 10^e10 < 2^(b+1): a quotient q = value / 2^u of at
	 * most p + 1 bits, and at least p unless u is the subnormal one. */
	long b = big_bitlen(n) - big_bitlen(&dv) + e10;
	long u = b - f->p > f->umin ? b - f->p : f->umin;
	big_shl(n, e10 - u);
	big_shl(&dv, u - e10);
	long s = big_bitlen(&dv) - 63;
	u128 q = divide(big_bits(n, s), (uint64_t)big_bits(&dv, s) + 1);  /* not above */
	big_sub_mul(n, &dv, q);
	for (; big_cmp(n, &dv) >= 0; q++)
		big_sub_mul(n, &dv, 1);
	for (int i = 0; i < 2; i++) {   /* two more quotient bits */
		big_shl(n, 1);
		q <<= 1;
		if (big_cmp(n, &dv) >= 0) {
			big_sub_mul(n, &dv, 1);
			q |= 1;
		}
	}
	round_to_format(f, q, u - 2, n->n != 0, r);
}

static int hex_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if ((c | 32) >= 'a' && (c | 32) <= 'f')
		return (c | 32) - 'a' + 10;
	return 16;
}

/* An exponent: the letter, an optional sign and at least one digit;
 * saturated far beyond any format's range.  Returns the end, or p. */
static const char *exponent(const char *p, char letter, long *value)
{
	if ((*p | 32) != letter)
		return p;
	const char *q = p + 1;
	long v = 0;
	int negative = *q == '-';
	if (*q == '+' || *q == '-')
		q++;
	if (*q < '0' || *q > '9')
		return p;
	for (; *q >= '0' && *q <= '9'; q++)
		v = v < 1000000000000L ? v * 10 + (*q - '0') : v;
	*value = negative ? -v : v;
	return q;
}

/* 0x already consumed: hex digits with an optional point and binary
 * exponent.  The first 30 significant digits are kept, the rest sticky. */
static const char *hexadecimal(const char *p, const struct format *f, struct result *r)
{
	u128 q = 0;
	long count = 0, point = -1, last = 0, x = 0;
	int taken = 0, sticky = 0;
	for (;; p++) {
		int h = hex_value(*p);
		if (*p == '.' && point < 0) {
			point = count;
			continue;
		}
		if (h == 16)
			break;
		if (taken < 30 && (taken || h)) {
			q = q << 4 | (u128)h;
			taken++;
			last = count;
		} else {
			sticky |= h != 0;
		}
		count++;
	}
	p = exponent(p, 'p', &x);
	if (q)
		round_to_format(f, q, 4 * ((point < 0 ? count : point) - 1 - last) + x, sticky, r);
	return p;
}

/* Decimal digits with an optional point and exponent. */
static const char *decimal(const char *s, const char *p, const struct format *f, struct result *r)
{
	const char *digits = p;
	long count = 0, point = -1, first = -1, last = -1, e10 = 0;
	for (;; p++) {
		if (*p == '.' && point < 0) {
			point = count;
			continue;
		}
		if (*p < '0' || *p > '9')
			break;
		if (*p != '0') {
			first = first < 0 ? count : first;
			last = count;
		}
		count++;
	}
	if (count == 0) {               /* no conversion */
		r->negative = 0;
		return s;
	}
	p = exponent(p, 'e', &e10);
	if (first < 0)
		return p;               /* zero */
	long n = last - first + 1, kept = n < MAX_DIGITS ? n : MAX_DIGITS;
	e10 += (point < 0 ? count : point) - first - kept;
	if (e10 + kept - 1 >= f->max_lead) {
		r->kind = INFINITE;
		errno = ERANGE;
		return p;
	}
	if (e10 + kept <= f->min_end) {
		errno = ERANGE;
		return p;
	}
	struct big d;
	uint32_t chunk = 0, scale = 1;
	big_set(&d, 0);
	for (long i = 0; i < first + kept; digits++) {
		if (*digits == '.')
			continue;
		if (i++ < first)
			continue;
		chunk = chunk * 10 + (uint32_t)(*digits - '0');
		scale *= 10;
		if (scale == 1000000000) {
			big_mul_add(&d, scale, chunk);
			chunk = 0;
			scale = 1;
		}
	}
	big_mul_add(&d, scale, chunk);
	if (n > kept) {                 /* the sticky digit */
		big_mul_add(&d, 10, 1);
		e10--;
	}
	decimal_to_binary(f, &d, e10, r);
	return p;
}

static int prefix(const char *s, const char *word)
{
	for (; *word; s++, word++)
		if ((*s | 32) != *word)
			return 0;
	return 1;
}

static int nan_char(char c)
{
	return (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z') || c == '_';
}

/* Parse s, rounding to the format; returns the end of the number. */
static const char *convert(const char *s, const struct format *f, struct result *r)
{
	const char *p = s;
	*r = (struct result){ FINITE, 0, 0, 0, 0 };
	while (*p == ' ' || (*p >= '\t' && *p <= '\r'))
		p++;
	r->negative = *p == '-';
	if (*p == '+' || *p == '-')
		p++;
	if (prefix(p, "inf")) {
		r->kind = INFINITE;
		return p + (prefix(p, "infinity") ? 8 : 3);
	}
	if (prefix(p, "nan")) {
		r->kind = NOT_A_NUMBER;
		p += 3;
		const char *q = p + 1;
		while (*p == '(' && nan_char(*q))
			q++;
		if (*p == '(' && *q == ')') {   /* as glibc: a number is the payload */
			char *e;
			unsigned long long v = strtoull(p + 1, &e, 0);
			r->payload = e == q ? v : 0;
			p = q + 1;
		}
		return p;
	}
	if (p[0] == '0' && (p[1] | 32) == 'x' &&
	    (hex_value(p[2]) < 16 || (p[2] == '.' && hex_value(p[3]) < 16)))
		return hexadecimal(p + 2, f, r);
	return decimal(s, p, f, r);
}

float strtof(const char *restrict s, char **restrict end)
{
	struct result r;
	const char *e = convert(s, &fmt_float, &r);
	uint32_t bits = (uint32_t)r.negative << 31;
	if (r.kind == INFINITE)
		bits |= 0x7f800000;
	else if (r.kind == NOT_A_NUMBER)
		bits |= 0x7fc00000 | (uint32_t)(r.payload & 0x3fffff);
	else
		bits |= (r.q >> 23 ? (uint32_t)(r.u + 23 + 127) << 23 : 0) | ((uint32_t)r.q & 0x7fffff);
	if (end)
		*end = (char *)e;
	float v;
	memcpy(&v, &bits, sizeof v);
	return v;
}

double strtod(const char *restrict s, char **restrict end)
{
	struct result r;
	const char *e = convert(s, &fmt_double, &r);
	uint64_t bits = (uint64_t)r.negative << 63, mask = ((uint64_t)1 << 52) - 1;
	if (r.kind == INFINITE)
		bits |= (uint64_t)0x7ff << 52;
	else if (r.kind == NOT_A_NUMBER)
		bits |= (uint64_t)0xfff << 51 | (r.payload & (mask >> 1));
	else
		bits |= (r.q >> 52 ? (uint64_t)(r.u + 52 + 1023) << 52 : 0) | (r.q & mask);
	if (end)
		*end = (char *)e;
	double v;
	memcpy(&v, &bits, sizeof v);
	return v;
}

long double strtold(const char *restrict s, char **restrict end)
{
	struct result r;
	const char *e = convert(s, &fmt_long, &r);
	union {
		long double v;
		struct {
			uint64_t m;
			uint16_t se;
		} bits;
	} u = { 0 };
	u.bits.se = (uint16_t)(r.negative << 15);
	if (r.kind == INFINITE) {
		u.bits.se |= 0x7fff;
		u.bits.m = (uint64_t)1 << 63;
	} else if (r.kind == NOT_A_NUMBER) {
		u.bits.se |= 0x7fff;
		u.bits.m = (uint64_t)3 << 62 | (r.payload & (((uint64_t)1 << 62) - 1));
	} else {
		u.bits.se |= (uint16_t)(r.q >> 63 ? r.u + 63 + 16383 : 0);
		u.bits.m = r.q;
	}
	if (end)
		*end = (char *)e;
	return u.v;
}

double atof(const char *s)
{
	return strtod(s, NULL);
}
