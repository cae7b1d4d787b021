/* next.c - nextafter and nexttoward: x stepped by one unit in the last
 * place of its type (precision BITS, least normal exponent EMIN), toward
 * y, computed exactly in long double. */
#include "math_private.h"

static long double step(long double x, long double y, int bits, int emin)
{
	if (isnan(x) || isnan(y))
		return x + y;
	if (x == y)
		return y;
	if (isinf(x))  /* the largest finite number */
		return copysignl(__math_scalbn(2 - __math_scalbn(1, 1 - bits), 1 - emin), x);
	long double ulp;
	if (x == 0) {
		ulp = __math_scalbn(1, emin - bits + 1);
		return y > 0 ? ulp : -ulp;
	}
	int e = ilogbl(x);
	ulp = __math_scalbn(1, (e < emin ? emin : e) - bits + 1);
	int away = (y > x) == (x > 0);
	/* Toward zero from a power of two the step is half as large. */
	if (!away && e > emin && fabsl(x) == __math_scalbn(1, e))
		ulp /= 2;
	long double r = (x > 0) == away ? x + ulp : x - ulp;
	return r == 0 ? copysignl(0, x) : r;
}

/* ERANGE for an overflow, or a subnormal or zero result from x != 0
 * (even when it is y). */
#define NEXT(name, type, ytype, bits, emin, minnorm) \
	type name(type x, ytype y) { \
		type r = step(x, y, bits, emin); \
		if ((isinf(r) && isfinite(x)) || (x != y && x != 0 && fabsl(r) < minnorm)) \
			errno = ERANGE; \
		return r; \
	}
NEXT(nextafter, double, double, 53, -1022, 0x1p-1022)
NEXT(nextafterf, float, float, 24, -126, 0x1p-126f)
NEXT(nextafterl, long double, long double, 64, -16382, 0x1p-16382L)
NEXT(nexttoward, double, long double, 53, -1022, 0x1p-1022)
NEXT(nexttowardf, float, long double, 24, -126, 0x1p-126f)
NEXT(nexttowardl, long double, long double, 64, -16382, 0x1p-16382L)
