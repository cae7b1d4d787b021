/* log.c - log, log2, log10 and log1p on the x87: y*log2(x) by fyl2x, or
 * by fyl2xp1 on x-1 (exact) near 1, where fyl2x would lose relative
 * accuracy; all in long double. */
#include "math_private.h"

#define LOG10_2 0x9a209a84fbcff799p-65L

/* y*log2(x) for finite x > 0. */
long double __math_ylog2(long double y, long double x)
{
	if (x > 0.70710678118654752L && x < 1.29L)
		return __math_fyl2xp1(y, x - 1);
	return __math_fyl2x(y, x);
}

/* The logarithm of x <= 0, infinite or NaN. */
static long double special(long double x)
{
	if (x == 0)
		return -1 / fabsl(x);  /* pole */
	if (x < 0)
		return (x - x) / (x - x);  /* invalid */
	return x + x;
}

static long double log_core(long double x)
{
	return x > 0 && x < INFINITY ? __math_ylog2(LN2, x) : special(x);
}

static long double log2_core(long double x)
{
	return x > 0 && x < INFINITY ? __math_ylog2(1, x) : special(x);
}

static long double log10_core(long double x)
{
	return x > 0 && x < INFINITY ? __math_ylog2(LOG10_2, x) : special(x);
}

long double __math_log1p(long double x)
{
	if (!(x > -1) || isinf(x))
		return special(x + 1);
	if (fabsl(x) < 0x1p-65L)
		return x;
	if (fabsl(x) < 0.29L)
		return __math_fyl2xp1(LN2, x);
	/* log(u) for u = 1 + x rounded, plus the rounding error over u. */
	long double u = 1 + x;
	return __math_fyl2x(LN2, u) + (x - (u - 1)) / u;
}

MATH_FN1(log, log_core, 0)
MATH_FN1(log2, log2_core, 0)
MATH_FN1(log10, log10_core, 0)
MATH_FN1(log1p, __math_log1p, 0)
