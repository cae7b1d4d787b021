/* pow.c - x^y: the special cases of C99 Annex F, then 2^(y*log2|x|) in
 * long double with log2|x| = k + log2(m), m in [sqrt(1/2), sqrt(2)):
 * log2(m) from an atanh series and the products by y carried in
 * double-extended (hi + lo) arithmetic, so the exponent is good to about
 * 2^-70 absolute even when it is near +-16384. */
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

/* a*b = *hi + *lo exactly: Veltkamp splits into 32-bit halves. */
static void two_prod(long double a, long double b, long double *hi, long double *lo)
{
	const long double c = 0x1p32L + 1;
	long double t = a * c, ah = t - (t - a), al = a - ah;
	t = b * c;
	long double bh = t - (t - b), bl = b - bh;
	*hi = a * b;
	*lo = ((ah * bh - *hi) + ah * bl + al * bh) + al * bl;
}

/* 1/(2j+3), j >= 0: atanh(s) = s + s^3 (1/3 + s^2/5 + ...). */
static const long double odd_inverse[] = {
	1 / 3.0L, 1 / 5.0L, 1 / 7.0L, 1 / 9.0L, 1 / 11.0L, 1 / 13.0L, 1 / 15.0L,
	1 / 17.0L, 1 / 19.0L, 1 / 21.0L, 1 / 23.0L, 1 / 25.0L, 1 / 27.0L,
};

#define TWO_LOG2E_HI 0xb8aa3b295c17f0bcp-62L  /* 2/ln 2 = TWO_LOG2E_HI + _LO */
#define TWO_LOG2E_LO -0x82f0025f2dc582eep-127L

/* log2(m) = hi + lo for m in [sqrt(1/2), sqrt(2)], to about 2^-75:
 * 2 atanh(s)/ln 2 with s = (m-1)/(m+1) carried in two parts. */
static void log2_parts(long double m, long double *hi, long double *lo)
{
	long double num = m - 1, den = m + 1;  /* num exact */
	long double den_lo = (m - (den - 1)) + (1 - (den - (den - 1)));
	long double s = num / den, p, pe;
	two_prod(s, den, &p, &pe);
	long double s_lo = (((num - p) - pe) - s * den_lo) / den;
	long double z = s * s;
	long double tail = s_lo + s * z * __math_poly(z, odd_inverse, 13);
	long double h, e;
	two_prod(TWO_LOG2E_HI, s, &h, &e);
	e += TWO_LOG2E_HI * tail + TWO_LOG2E_LO * s;
	*hi = h + e;  /* renormalized: |lo| <= ulp(hi) / 2 */
	*lo = e - (*hi - h);
}

/* a^y for finite a > 0 and finite y: t = y*log2(a) in three parts,
 * 2^t = 2^n * 2^f with n = round(t). */
static long double pow_positive(long double a, long double y)
{
	if (a == 1)
		return 1;
	int k = __math_ilogb(a);
	long double m = __math_scalbn(a, -k);
	if (m > 1.41421356237309504880L) {
		m /= 2;
		k++;
	}
	long double lh, ll;
	log2_parts(m, &lh, &ll);
	long double t = y * (k + lh);
	if (t > 16500)
		return 0x1p16383L * 2;
	if (t < -16600)
		return 0x1p-16382L * 0x1p-100L;
	long double t1, e1, t2, e2;
	two_prod(y, k, &t1, &e1);
	two_prod(y, lh, &t2, &e2);
	long double n = __math_round(t1 + t2);
	long double f = ((t1 - n) + t2) + (e1 + e2 + y * ll);
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
