/* rint.c - rounding to integers in the current rounding mode: rint by
 * frndint, nearbyint the same without the inexact flag, lrint by fistp,
 * and lround/llround from round.  All go through long double exactly;
 * out-of-range conversions give LONG_MIN (the x87 integer indefinite). */
#include "math_private.h"

static long double rint_core(long double x)
{
	__asm__ volatile("frndint" : "+t"(x));
	return x;
}

/* The x87 environment is saved and restored around frndint in one asm,
 * so the status flags come back and the register tags stay as they were. */
static long double nearbyint_core(long double x)
{
	char env[28];
	__asm__ volatile("fnstenv %1; frndint; fldenv %1" : "+t"(x), "=m"(env));
	return x;
}

MATH_EXACT1(rint, rint_core)
MATH_EXACT1(nearbyint, nearbyint_core)

static long lrint_core(long double x)
{
	long r;
	__asm__ volatile("fistpll %0" : "=m"(r) : "t"(x) : "st");
	return r;
}

static long lround_core(long double x)
{
	return lrint_core(__math_round(x));
}

#define TO_LONG(name, type, core) \
	type name(double x) { return core(x); } \
	type name##f(float x) { return core(x); } \
	type name##l(long double x) { return core(x); }
TO_LONG(lrint, long, lrint_core)
TO_LONG(llrint, long long, lrint_core)
TO_LONG(lround, long, lround_core)
TO_LONG(llround, long long, lround_core)
