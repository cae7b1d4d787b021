/* round.c - trunc, floor, ceil, round and modf, exact, by masking the
 * significand of the long double; the double and float versions go
 * through long double, which holds their values and results exactly. */
#include "math_private.h"

/* X with the fraction bits below 2^0 cleared, plus, for round, half an
 * integer added first (a carry out of the significand bumps the exponent). */
static long double chop(long double x, int half)
{
	union ldbits u = {x};
	int e = (u.i.se & 0x7fff) - LD_BIAS;
	if (e >= 63)
		return x + 0;  /* integral, infinite or NaN (quieted) */
	if (e < 0) {
		u.i.m = half && e == -1 ? 1ull << 63 : 0;
		u.i.se = (u.i.se & 0x8000) | (u.i.m ? LD_BIAS : 0);
		return u.f;
	}
	uint64_t frac = (1ull << (63 - e)) - 1;
	if (half) {
		uint64_t m = u.i.m + (1ull << (62 - e));
		if (m < u.i.m) {  /* carried out: 2^(e+1) */
			m = 1ull << 63;
			u.i.se++;
		}
		u.i.m = m;
	}
	u.i.m &= ~frac;
	return u.f;
}

static long double trunc_core(long double x) { return chop(x, 0); }
long double __math_round(long double x) { return chop(x, 1); }

static long double floor_core(long double x)
{
	long double t = chop(x, 0);
	return t > x ? t - 1 : t;
}

static long double ceil_core(long double x)
{
	long double t = chop(x, 0);
	return t < x ? t + 1 : t;
}

MATH_EXACT1(trunc, trunc_core)
MATH_EXACT1(round, __math_round)
MATH_EXACT1(floor, floor_core)
MATH_EXACT1(ceil, ceil_core)

/* The fraction, with x's sign; the integral part in *ip. */
static long double modf_core(long double x, long double *ip)
{
	*ip = chop(x, 0);
	if (isinf(x))
		return copysignl(0, x);
	return copysignl(x - *ip, x);
}

long double modfl(long double x, long double *ip)
{
	return modf_core(x, ip);
}

double modf(double x, double *ip)
{
	long double i, f = modf_core(x, &i);
	*ip = i;
	return f;
}

float modff(float x, float *ip)
{
	long double i, f = modf_core(x, &i);
	*ip = i;
	return f;
}
