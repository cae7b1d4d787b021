/* fma.c - fused multiply-add: the exact x*y+z in a 256-bit integer (the
 * 128-bit product and the addend aligned below the larger one's top, what
 * falls off the bottom kept as a sticky bit), then one rounding, in the
 * current mode, to the precision and exponent range of the result type. */
#include <fenv.h>
#include "math_private.h"

typedef unsigned __int128 u128;

struct u256 {
	u128 hi, lo;
};

/* A finite non-zero x as m * 2^e with m's top bit set. */
static uint64_t unpack(long double x, int *e)
{
	union ldbits u = {x};
	int be = u.i.se & 0x7fff;
	int s = __builtin_clzll(u.i.m);
	*e = (be ? be : 1) - LD_BIAS - 63 - s;
	return u.i.m << s;
}

/* v << (pos - 127) for a 128-bit v, what falls below bit 0 kept sticky. */
static struct u256 place(u128 v, int pos)
{
	int sh = pos - 127;
	struct u256 r = {0, 0};
	if (sh >= 128) {
		r.hi = v << (sh - 128);
	} else if (sh > 0) {
		r.hi = v >> (128 - sh);
		r.lo = v << sh;
	} else if (sh == 0) {
		r.lo = v;
	} else if (sh > -128) {
		r.lo = (v >> -sh) | ((v << (128 + sh)) != 0);
	} else {
		r.lo = v != 0;
	}
	return r;
}

static int clz128(u128 v)
{
	uint64_t h = v >> 64;
	return h ? __builtin_clzll(h) : 64 + __builtin_clzll((uint64_t)v);
}

/* The correctly rounded x*y+z with BITS of precision and least normal
 * exponent EMIN, as a long double (exact in the result type). */
static long double fma_core(long double x, long double y, long double z, int bits, int emin)
{
	if (!isfinite(x) || !isfinite(y))
		return x * y + z;
	if (!isfinite(z))  /* even when x*y would overflow */
		return z + z;
	if (x == 0 || y == 0)
		return x * y + z;
	int ex, ey, ez = 0;
	u128 p = (u128)unpack(x, &ex) * unpack(y, &ey);
	int ep = ex + ey;  /* x*y = p * 2^ep, p's top bit 126 or 127 */
	int neg = signbit(x) != signbit(y);
	u128 mz = z == 0 ? 0 : unpack(z, &ez);
	/* The larger top (bit 127 of p, 63 of mz) goes to bit 254 of the
	 * frame, whose bit k has weight 2^(k + base). */
	int base = (mz == 0 || ep + 127 > ez + 63 ? ep + 127 : ez + 63) - 254;
	struct u256 a = place(p, ep + 127 - base);
	struct u256 b = {0, 0};
	if (mz)
		b = place(mz, ez + 127 - base);
	int zneg = signbit(z) != 0;
	struct u256 s;
	int sneg = neg;
	if (neg == zneg) {
		s.lo = a.lo + b.lo;
		s.hi = a.hi + b.hi + (s.lo < a.lo);
	} else {
		if (a.hi < b.hi || (a.hi == b.hi && a.lo < b.lo)) {
			struct u256 t = a;
			a = b;
			b = t;
			sneg = zneg;
		}
		s.lo = a.lo - b.lo;
		s.hi = a.hi - b.hi - (a.lo < b.lo);
		if (s.hi == 0 && s.lo == 0)  /* exact zero: -0 only rounding down */
			return fegetround() == FE_DOWNWARD ? -0.0L : 0.0L;
	}
	/* Normalize so the top bit is bit 255. */
	int lz = s.hi ? clz128(s.hi) : 128 + clz128(s.lo);
	if (lz >= 128) {
		s.hi = s.lo << (lz - 128);
		s.lo = 0;
	} else if (lz > 0) {
		s.hi = (s.hi << lz) | (s.lo >> (128 - lz));
		s.lo <<= lz;
	}
	int top = 255 - lz + base;  /* the exponent of the leading bit */
	int keep = bits;
	if (top < emin)
		keep -= emin - top;
	/* keep may be 0 or less: then everything is below the last place. */
	int unit = top - keep + 1;  /* the exponent of the last kept place */
	uint64_t m;
	int round, sticky;
	if (keep <= 0) {
		m = 0;
		round = keep == 0;
		sticky = keep < 0 || (s.hi << 1) != 0 || s.lo != 0;
	} else {
		m = (uint64_t)(s.hi >> (128 - keep));
		u128 rest = s.hi << keep;
		round = rest >> 127 & 1;
		sticky = (rest << 1) != 0 || s.lo != 0;
	}
	int up;
	switch (fegetround()) {
	case FE_TONEAREST:
		up = round && (sticky || (m & 1));
		break;
	case FE_UPWARD:
		up = !sneg && (round || sticky);
		break;
	case FE_DOWNWARD:
		up = sneg && (round || sticky);
		break;
	default:
		up = 0;
	}
	long double r = __math_scalbn((long double)m + up, unit);
	return sneg ? -r : r;
}

double fma(double x, double y, double z) { return fma_core(x, y, z, 53, -1022); }
float fmaf(float x, float y, float z) { return fma_core(x, y, z, 24, -126); }
long double fmal(long double x, long double y, long double z) { return fma_core(x, y, z, 64, -16382); }
