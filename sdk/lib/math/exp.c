/* exp.c - exp, exp2 and expm1 on the x87: x = k*ln2 + r (ln2 in two
 * parts, so r is exact but for the last rounding), 2^k by fscale and
 * e^r - 1 = f2xm1(r*log2(e)), all in long double. */
#include "math_private.h"

#define LN2_HI 0xb17217f7d1cf0000p-64L  /* 48 bits: k*LN2_HI is exact */
#define LN2_LO 0xf35793c7673007e6p-113L

/* x beyond these gives infinity or zero in every type. */
#define BIG 16500
#define SMALL (-16500)

long double __math_exp2(long double x)
{
	if (isnan(x))
		return x + x;
	if (x > BIG)
		return 0x1p16383L * 2;
	if (x < SMALL)
		return 0x1p-16382L * 0x1p-100L;
	long double n = __math_round(x);
	return __math_scalbn(__math_f2xm1(x - n) + 1, (int)n);
}

/* x = k*ln2 + r with |r| <= ln2/2; returns r, k in *k. */
static long double reduce(long double x, int *k)
{
	long double n = __math_round(x * LOG2E);
	*k = (int)n;
	return (x - n * LN2_HI) - n * LN2_LO;
}

long double __math_exp(long double x)
{
	if (isnan(x))
		return x + x;
	if (x > BIG)
		return 0x1p16383L * 2;
	if (x < SMALL)
		return 0x1p-16382L * 0x1p-100L;
	int k;
	long double r = reduce(x, &k);
	return __math_scalbn(__math_f2xm1(r * LOG2E) + 1, k);
}

long double __math_expm1(long double x)
{
	if (isnan(x))
		return x + x;
	long double a = fabsl(x);
	if (a < 0x1p-65L)  /* x + x^2/2 rounds to x */
		return x;
	if (a <= 0.5L)
		return __math_f2xm1(x * LOG2E);
	if (x < -1 || x > 64)  /* no cancellation, or the 1 is lost */
		return __math_exp(x) - 1;
	int k;
	long double r = reduce(x, &k);
	long double e = __math_f2xm1(r * LOG2E);
	return __math_scalbn(e, k) + (__math_scalbn(1, k) - 1);
}

MATH_FN1(exp, __math_exp, 1)
MATH_FN1(exp2, __math_exp2, 1)
MATH_FN1(expm1, __math_expm1, 0)
