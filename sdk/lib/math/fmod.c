/* fmod.c - fmod, remainder and remquo by the x87 partial remainder
 * instructions (fprem truncates the quotient, fprem1 rounds it to even),
 * repeated until complete: exact, and exact again in double and float.
 * remquo gives the quotient's sign and three low bits; like glibc it
 * leaves errno alone. */
#include "math_private.h"

/* The remainder of x by y. */
static long double partial(long double x, long double y, int nearest)
{
	unsigned short s;
	do {
		if (nearest)
			__asm__ volatile("fprem1; fnstsw %1" : "+t"(x), "=m"(s) : "u"(y));
		else
			__asm__ volatile("fprem; fnstsw %1" : "+t"(x), "=m"(s) : "u"(y));
	} while (s & 0x400);
	return x;
}

static long double fmod_core(long double x, long double y)
{
	return partial(x, y, 0);
}

static long double remainder_core(long double x, long double y)
{
	return partial(x, y, 1);
}

MATH_FN2(fmod, fmod_core, 0)
MATH_FN2(remainder, remainder_core, 0)

/* The quotient's low bits come from arithmetic, not from fprem1's
 * condition codes (which QEMU does not set faithfully): |x| is reduced
 * modulo 8|y| (which keeps the remainder: 8k is even), then the
 * remainder r by |y| leaves (|x| - r) / |y|, a small integer. */
static long double remquo_core(long double x, long double y, int *quo)
{
	long double ax = fabsl(x), ay = fabsl(y);
	*quo = 0;
	if (!isfinite(ax) || ay == 0 || isnan(ay))
		return remainder_core(x, y);
	if (ay <= 0x1p16380L)
		ax = fmod_core(ax, 8 * ay);
	long double r = remainder_core(ax, ay);
	int q = (int)((ax - r) / ay + 0.5L) & 7;
	*quo = signbit(x) != signbit(y) ? -q : q;
	return signbit(x) ? -r : r;
}

double remquo(double x, double y, int *quo) { return remquo_core(x, y, quo); }
float remquof(float x, float y, int *quo) { return remquo_core(x, y, quo); }
long double remquol(long double x, long double y, int *quo) { return remquo_core(x, y, quo); }
