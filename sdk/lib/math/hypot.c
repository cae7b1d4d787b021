/* hypot.c - sqrt(x^2 + y^2) without undue overflow: both scaled by the
 * larger exponent, summed and rooted in long double. */
#include "math_private.h"

static long double hypot_core(long double x, long double y)
{
	if (isinf(x) || isinf(y))
		return INFINITY;
	if (isnan(x) || isnan(y))
		return x + y;
	long double ax = fabsl(x), ay = fabsl(y);
	if (ax == 0 || ay == 0)
		return ax + ay;
	int ex = __math_ilogb(ax), ey = __math_ilogb(ay);
	int e = ex > ey ? ex : ey;
	ax = __math_scalbn(ax, -e);
	ay = __math_scalbn(ay, -e);
	return __math_scalbn(__math_sqrt(ax * ax + ay * ay), e);
}

MATH_FN2(hypot, hypot_core, 0)
