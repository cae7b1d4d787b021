/* pow.c - x^y: the special cases of C99 Annex F, then 2^(y*log2|x|) in
 * long double with log2|x| = k + log2(m), m in [sqrt(1/2), sqrt(2)), so
 * that y*k is exact for float and double y and only y*log2(m) rounds. */
#include "math_private.h"

/* 1 when y is an odd integer, 2 when an even one, 0 when not integral. */
static int integer_kind(long double y)
{
	if (__math_round(y) != y)
		return 0;
	if (fabsl(y) >= 0x1p64L)
		return 2;
	return __math_round(y / 2) * 2 == y ? 2 : 1;
}

/* a^y for finite a > 0 and finite y. */
static long double pow_positive(long double a, long double y)
{
	int k = __math_ilogb(a);
	long double m = __math_scalbn(a, -k);
	if (m > 1.41421356237309504880L) {
		m /= 2;
		k++;
	}
	long double tk = y * k, tl = y * __math_ylog2(1, m);
	long double t = tk + tl;
	if (t > 16500)
		return 0x1p16383L * 2;
	if (t < -16600)
		return 0x1p-16382L * 0x1p-100L;
	long double n = __math_round(t);
	long double f = (tk - n) + tl;
	return __math_scalbn(__math_f2xm1(f) + 1, (int)n);
}

static long double pow_core(long double x, long double y)
{
	if (y == 0 || x == 1)
		return 1;
	if (isnan(x) || isnan(y))
		return x + y;
	int odd = integer_kind(y) == 1;
	long double ax = fabsl(x);
	if (isinf(y)) {
		if (ax == 1)
			return 1;
		return (ax < 1) == (y < 0) ? INFINITY : 0;
	}
	if (x == 0)  /* a pole for y < 0 */
		return y < 0 ? (odd ? 1 / x : 1 / ax) : (odd ? x : 0);
	if (isinf(x)) {
		long double r = y < 0 ? 0 : INFINITY;
		return x < 0 && odd ? -r : r;
	}
	if (x < 0 && !integer_kind(y))
		return (x - x) / (x - x);
	long double r = pow_positive(ax, y);
	return x < 0 && odd ? -r : r;
}

MATH_FN2(pow, pow_core, x != 0)
