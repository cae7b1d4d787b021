/* atrig.c - asin, acos, atan and atan2 by the x87's fpatan, which takes
 * the quadrant from the signs of both arguments:
 * asin x = atan2(x, sqrt((1-x)(1+x))), acos x = atan2(sqrt(...), x). */
#include "math_private.h"

static long double asin_core(long double x)
{
	long double a = fabsl(x);
	if (isnan(x) || a < 0x1p-33L)  /* x + x^3/6 rounds to x */
		return isnan(x) ? x + x : x;
	if (a > 1)
		return (x - x) / (x - x);
	return __math_fpatan(x, __math_sqrt((1 - a) * (1 + a)));
}

static long double acos_core(long double x)
{
	long double a = fabsl(x);
	if (isnan(x))
		return x + x;
	if (a > 1)
		return (x - x) / (x - x);
	return __math_fpatan(__math_sqrt((1 - a) * (1 + a)), x);
}

static long double atan_core(long double x)
{
	return isnan(x) ? x + x : __math_fpatan(x, 1);
}

static long double atan2_core(long double y, long double x)
{
	return isnan(x) || isnan(y) ? x + y : __math_fpatan(y, x);
}

MATH_FN1(asin, asin_core, 0)
MATH_FN1(acos, acos_core, 0)
MATH_FN1(atan, atan_core, 0)
MATH_FN2(atan2, atan2_core, x != 0)  /* y/x underflowing to 0 */
