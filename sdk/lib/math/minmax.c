/* minmax.c - fmin and fmax (a quiet NaN argument loses to a number, a
 * signaling one makes a NaN; between equal arguments y wins, but x in
 * fminl, as in glibc), and fdim (the positive difference, rounded in the type). */
#include "math_private.h"

/* Signaling NaNs: exponent all ones, quiet bit clear, payload non-zero. */
static int sig_f(float x)
{
	union { float f; uint32_t i; } u = {x};
	return (u.i & 0x7fc00000) == 0x7f800000 && (u.i & 0x3fffff);
}

static int sig_d(double x)
{
	union { double f; uint64_t i; } u = {x};
	return (u.i & 0x7ff8000000000000) == 0x7ff0000000000000 && (u.i & 0x7ffffffffffff);
}

static int sig_l(long double x)
{
	union ldbits u = {x};
	return (u.i.se & 0x7fff) == 0x7fff && !(u.i.m & 1ull << 62) && (u.i.m & 0x3fffffffffffffff);
}

#define MINMAX(name, type, sig, op) \
	type name(type x, type y) { \
		if (isnan(x) || isnan(y)) \
			return sig(x) || sig(y) ? x + y : isnan(x) ? y : x; \
		return x op y ? x : y; \
	}
MINMAX(fmax, double, sig_d, >)
MINMAX(fmaxf, float, sig_f, >)
MINMAX(fmaxl, long double, sig_l, >)
MINMAX(fmin, double, sig_d, <)
MINMAX(fminf, float, sig_f, <)
MINMAX(fminl, long double, sig_l, <=)

#define FDIM(name, type) \
	type name(type x, type y) { \
		type r = isnan(x) || isnan(y) ? x + y : x > y ? x - y : 0; \
		MATH_SET_ERRNO(r, 1, isfinite(x) && isfinite(y), 0); \
		return r; \
	}
FDIM(fdim, double)
FDIM(fdimf, float)
FDIM(fdiml, long double)
