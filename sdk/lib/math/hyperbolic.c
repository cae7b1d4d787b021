/* hyperbolic.c - sinh, cosh, tanh from expm1 (small arguments) and exp,
 * and asinh, acosh, atanh from log1p, in long double. */
#include "math_private.h"

#define TINY 0x1p-33L  /* below this, x + x^3/6 rounds to x */

static long double sinh_core(long double x)
{
	long double a = fabsl(x), r;
	if (isnan(x))
		return x + x;
	if (isinf(x) || a < TINY)
		return x;
	if (a < 1) {
		long double e = __math_expm1(a);
		r = (e + e / (e + 1)) / 2;
	} else if (a < 40) {
		long double e = __math_exp(a);
		r = (e - 1 / e) / 2;
	} else {  /* e^-a is negligible; e^a may overflow where sinh does not */
		long double e = __math_exp(a / 2);
		r = e * (e / 2);
	}
	return x < 0 ? -r : r;
}

static long double cosh_core(long double x)
{
	long double a = fabsl(x);
	if (isnan(x))
		return x + x;
	if (a < TINY)
		return 1;
	if (a < 1) {
		long double e = __math_expm1(a);
		return 1 + e * e / (2 * (e + 1));
	}
	if (a < 40) {
		long double e = __math_exp(a);
		return (e + 1 / e) / 2;
	}
	long double e = __math_exp(a / 2);
	return e * (e / 2);
}

static long double tanh_core(long double x)
{
	long double a = fabsl(x), r;
	if (isnan(x) || a < TINY)
		return isnan(x) ? x + x : x;
	if (a < 23) {
		long double e = __math_expm1(2 * a);
		r = e / (e + 2);
	} else {
		r = 1;
	}
	return x < 0 ? -r : r;
}

static long double asinh_core(long double x)
{
	long double a = fabsl(x), r;
	if (isnan(x))
		return x + x;
	if (isinf(x) || a < TINY)
		return x;
	if (a > 0x1p33L)
		r = __math_ylog2(LN2, a) + LN2;
	else
		r = __math_log1p(a + a * a / (1 + __math_sqrt(1 + a * a)));
	return x < 0 ? -r : r;
}

static long double acosh_core(long double x)
{
	if (isnan(x))
		return x + x;
	if (x < 1)
		return (x - x) / (x - x);
	if (x > 0x1p33L)
		return isinf(x) ? x : __math_ylog2(LN2, x) + LN2;
	long double t = x - 1;
	return __math_log1p(t + __math_sqrt(2 * t + t * t));
}

static long double atanh_core(long double x)
{
	long double a = fabsl(x);
	if (isnan(x) || a < TINY)
		return isnan(x) ? x + x : x;
	if (a > 1)
		return (x - x) / (x - x);
	if (a == 1)
		return x / 0.0L;  /* pole */
	long double r = __math_log1p(2 * a / (1 - a)) / 2;
	return x < 0 ? -r : r;
}

MATH_FN1(sinh, sinh_core, 0)
MATH_FN1(cosh, cosh_core, 0)
MATH_FN1(tanh, tanh_core, 0)
MATH_FN1(asinh, asinh_core, 0)
MATH_FN1(acosh, acosh_core, 0)
MATH_FN1(atanh, atanh_core, 0)
