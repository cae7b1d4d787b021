/* decimal.c - the exact decimal expansion of m * 2^e for printf's %e %f
 * %g: multiplying (e >= 0) or dividing (e < 0) a base-10^9 number by
 * powers of two.  Division runs from the top limb down, so the limbs below
 * the cut can be dropped into a sticky flag without changing any digit
 * above it; that keeps %e of tiny long doubles cheap. */
#include <string.h>
#include "decimal.h"
#include "format.h"

#define BASE 1000000000u

static const uint32_t pow10[9] = { 1, 10, 100, 1000, 10000, 100000, 1000000, 10000000,
				   100000000 };

static long floor_div(long a, long b)
{
	return a / b - (a % b < 0);
}

int __libc_decimal_magnitude(uint64_t m, int e)
{
	int bits = 64 - __builtin_clzll(m);
	/* 78913 / 2^18 is log10(2) to 6 digits; one less covers its error. */
	return (int)floor_div((long)(bits - 1 + e) * 78913, 1L << 18) - 1;
}

static void multiply_pow2(struct decimal *d, int k)
{
	uint64_t carry = 0;
	for (int i = d->lo; i < d->hi; i++) {
		uint64_t x = ((uint64_t)d->limb[i] << k) + carry;
		d->limb[i] = (uint32_t)(x % BASE);
		carry = x / BASE;
	}
	for (; carry; carry /= BASE)
		d->limb[d->hi++] = (uint32_t)(carry % BASE);
}

static void divide_pow2(struct decimal *d, int k, int floor_limb)
{
	uint64_t r = 0, mask = ((uint64_t)1 << k) - 1;
	for (int i = d->hi - 1; i >= d->lo; i--) {
		uint64_t x = r * BASE + d->limb[i];
		d->limb[i] = (uint32_t)(x >> k);
		r = x & mask;
	}
	for (; r && d->lo > floor_limb; r &= mask) {
		r *= BASE;
		d->limb[--d->lo] = (uint32_t)(r >> k);
	}
	d->sticky |= r != 0;
	while (d->hi > d->lo && d->limb[d->hi - 1] == 0)
		d->hi--;
}

void __libc_decimal_init(struct decimal *d, uint64_t m, int e, int cut)
{
	d->point = e >= 0 ? 0 : DECIMAL_LIMBS - 3;
	d->lo = d->hi = d->point;
	d->sticky = 0;
	for (; m; m /= BASE)
		d->limb[d->hi++] = (uint32_t)(m % BASE);
	long floor_limb = d->point + floor_div(cut, 9);
	floor_limb = floor_limb < 0 ? 0 : floor_limb;
	for (int k; e > 0; e -= k)
		multiply_pow2(d, k = e < 32 ? e : 32);
	for (int k; e < 0; e += k)
		divide_pow2(d, k = -e < 32 ? -e : 32, (int)floor_limb);
}

/* The limb holding position p, and p's place within it. */
static long limb_of(const struct decimal *d, long p, int *place)
{
	long q = floor_div(p, 9);
	*place = (int)(p - 9 * q);
	return d->point + q;
}

static int digit(const struct decimal *d, long p)
{
	int place;
	long i = limb_of(d, p, &place);
	return i < d->lo || i >= d->hi ? 0 : (int)(d->limb[i] / pow10[place] % 10);
}

void __libc_decimal_round(struct decimal *d, int pos)
{
	int place, below = digit(d, (long)pos - 1), rest = d->sticky;
	long i = limb_of(d, (long)pos - 1, &place);
	if (i >= d->lo && i < d->hi)
		rest |= d->limb[i] % pow10[place] != 0;
	for (long j = d->lo; j < i && j < d->hi && !rest; j++)
		rest = d->limb[j] != 0;
	int up = below > 5 || (below == 5 && (rest || digit(d, pos) % 2));
	d->sticky = 0;

	i = limb_of(d, pos, &place);
	if (i < d->lo)
		return;                 /* nothing below pos */
	if (i >= d->hi) {               /* everything is below pos */
		d->lo = d->hi = (int)i;
	} else {
		d->limb[i] -= d->limb[i] % pow10[place];
		d->lo = (int)i;
	}
	if (up) {
		while (d->hi <= i)
			d->limb[d->hi++] = 0;
		d->limb[i] += pow10[place];
		for (; d->limb[i] >= BASE; i++) {
			d->limb[i] -= BASE;
			if (i + 1 == d->hi)
				d->limb[d->hi++] = 0;
			d->limb[i + 1]++;
		}
	}
	while (d->hi > d->lo && d->limb[d->hi - 1] == 0)
		d->hi--;
}

int __libc_decimal_lead(const struct decimal *d)
{
	if (d->hi == d->lo)
		return 0;
	int place = 8;
	while (d->limb[d->hi - 1] < pow10[place])
		place--;
	return 9 * (d->hi - 1 - d->point) + place;
}

int __libc_decimal_lowest(const struct decimal *d)
{
	int i = d->lo, place = 0;
	while (i < d->hi && d->limb[i] == 0)
		i++;
	if (i == d->hi)
		return 0;
	while (d->limb[i] / pow10[place] % 10 == 0)
		place++;
	return 9 * (i - d->point) + place;
}

void __libc_decimal_emit(struct out *o, const struct decimal *d, long from, long to)
{
	while (from >= to) {
		int place;
		long i = limb_of(d, from, &place);
		long base = 9 * (i - d->point);    /* position of the limb's last digit */
		if (i >= d->hi || i < d->lo) {     /* zeros up to the window, or to the end */
			long stop = i >= d->hi && d->hi > d->lo ? 9L * (d->hi - d->point) : to;
			stop = stop > to ? stop : to;
			__libc_format_pad(o, '0', (size_t)(from - stop + 1));
			from = stop - 1;
			continue;
		}
		char text[9];
		uint32_t v = d->limb[i];
		for (int k = 0; k < 9; k++, v /= 10)
			text[8 - k] = (char)('0' + v % 10);
		long stop = base > to ? base : to;
		__libc_format_emit(o, text + 8 - place, (size_t)(from - stop + 1));
		from = stop - 1;
	}
}
