/* cbrt.c - cube roots: x = m * 2^(3k) with m in [1, 8), 2^(log2(m)/3) on
 * the x87, one Newton step, all in long double. */
#include "math_private.h"

static long double cbrt_core(long double x)
{
	if (!isfinite(x) || x == 0)
		return x + x;
	long double a = fabsl(x);
	int e = __math_ilogb(a);
	int k = (e >= 0 ? e : e - 2) / 3;
	long double m = __math_scalbn(a, -3 * k);
	long double y = __math_exp2(__math_ylog2(1, m) / 3);
	y -= (y * y * y - m) / (3 * y * y);
	y = __math_scalbn(y, k);
	return x < 0 ? -y : y;
}

MATH_FN1(cbrt, cbrt_core, 0)
