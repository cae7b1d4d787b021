/* scale.c - the binary exponent: frexp, ldexp, scalbn, scalbln, logb and
 * ilogb.  Long double holds every double and float as a normal number,
 * so one long double version serves all three types. */
#include <limits.h>
#include "math_private.h"

/* The unbiased exponent of a finite non-zero x, subnormals normalized. */
int __math_ilogb(long double x)
{
	union ldbits u = {x};
	int e = u.i.se & 0x7fff;
	if (e == 0)
		return -LD_BIAS + 1 - __builtin_clzll(u.i.m);
	return e - LD_BIAS;
}

static long double frexp_core(long double x, int *e)
{
	*e = 0;
	if (x == 0 || !isfinite(x))
		return x + x;
	*e = __math_ilogb(x) + 1;
	return __math_scalbn(x, -*e);
}

double frexp(double x, int *e) { return frexp_core(x, e); }
float frexpf(float x, int *e) { return frexp_core(x, e); }
long double frexpl(long double x, int *e) { return frexp_core(x, e); }

/* x * 2^n rounded once to the result type: fscale is exact in long
 * double for n clamped to +-lim, then the conversion rounds. */
static long double scale(long double x, long n, long lim)
{
	long double r;
	long double s = n < -lim ? -lim : n > lim ? lim : n;
	__asm__("fscale" : "=t"(r) : "0"(x), "u"(s));
	return r;
}

/* For the library's own use: no errno. */
long double __math_scalbn(long double x, int n)
{
	return scale(x, n, 40000);
}

/* All report overflow and underflow to zero in errno, as glibc does. */
#define SCALE(name, type, ntype, lim) \
	type name(type x, ntype n) { type r = scale(x, n, lim); \
		MATH_SET_ERRNO(r, 1, isfinite(x), x != 0); return r; }
SCALE(scalbln, double, long, 3000)
SCALE(scalblnf, float, long, 3000)
SCALE(scalblnl, long double, long, 40000)
SCALE(scalbn, double, int, 3000)
SCALE(scalbnf, float, int, 3000)
SCALE(scalbnl, long double, int, 40000)
SCALE(ldexp, double, int, 3000)
SCALE(ldexpf, float, int, 3000)
SCALE(ldexpl, long double, int, 40000)

static long double logb_core(long double x)
{
	if (!isfinite(x))
		return x * x;
	if (x == 0)
		return -1 / fabsl(x);
	return __math_ilogb(x);
}

MATH_EXACT1(logb, logb_core)

static int ilogb_core(long double x)
{
	if (x == 0 || !isfinite(x)) {
		errno = EDOM;
		return isinf(x) ? INT_MAX : FP_ILOGB0;
	}
	return __math_ilogb(x);
}

int ilogb(double x) { return ilogb_core(x); }
int ilogbf(float x) { return ilogb_core(x); }
int ilogbl(long double x) { return ilogb_core(x); }
