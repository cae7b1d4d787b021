/* erf.c - erf and erfc in long double: the series
 * erf x = 2/sqrt(pi) e^(-x^2) sum 2^n x^(2n+1) / (1*3*...*(2n+1)),
 * whose terms are all positive, below 5/2 (1 for erfc, whose value
 * there would lose bits to 1 - erf), and Laplace's continued fraction
 * erfc x = e^(-x^2)/sqrt(pi) / (x + (1/2)/(x + 1/(x + (3/2)/(x + ...))))
 * above, evaluated bottom-up with enough terms for 64 bits. */
#include "math_private.h"

#define TWO_OVER_SQRTPI 0x906eba8214db688dp-63L
#define ONE_OVER_SQRTPI 0x906eba8214db688dp-64L

/* e^(-a^2), with a = hi + lo split so that hi^2 is exact. */
static long double exp_minus_square(long double a)
{
	union ldbits u = {a};
	u.i.m &= ~0xffffffffull;
	long double hi = u.f, lo = a - hi;
	return __math_exp(-hi * hi) * __math_exp(-(2 * hi + lo) * lo);
}

/* erf(a) for 0 <= a < 5/2. */
static long double erf_series(long double a)
{
	long double z = 2 * a * a, term = a, sum = a;
	for (int n = 0; term > sum * 0x1p-66L; n++) {
		term *= z / (2 * n + 3);
		sum += term;
	}
	return TWO_OVER_SQRTPI * exp_minus_square(a) * sum;
}

/* erfc(a) for a >= 1: the terms needed shrink as a grows. */
static long double erfc_fraction(long double a)
{
	int n = a < 1.5L ? 400 : a < 2 ? 200 : a < 2.5L ? 120 : a < 4 ? 60 : a < 6 ? 40 : 20;
	long double t = a;
	for (; n > 0; n--)
		t = a + n * 0.5L / t;
	return exp_minus_square(a) * ONE_OVER_SQRTPI / t;
}

/* erf(a) for a >= 0. */
static long double erf_positive(long double a)
{
	if (a < 2.5L)
		return erf_series(a);
	return a < 7 ? 1 - erfc_fraction(a) : 1;
}

static long double erf_core(long double x)
{
	if (isnan(x))
		return x + x;
	long double r = erf_positive(fabsl(x));
	return signbit(x) ? -r : r;
}

static long double erfc_core(long double x)
{
	if (isnan(x))
		return x + x;
	if (x < 1)
		return x < 0 ? 1 + erf_positive(-x) : 1 - erf_series(x);
	return x < 120 ? erfc_fraction(x) : 0x1p-16382L * 0x1p-100L;
}

MATH_FN1(erf, erf_core, 0)
MATH_FN1(erfc, erfc_core, 1)
