/* trig.c - sin, cos and tan: reduction by __math_rem_pio2 to |r| <= pi/4
 * (r = hi + lo), then Taylor polynomials in long double; not fsin/fcos/
 * fptan, which reduce with a 66-bit pi and which QEMU computes in double.
 * Also sin(pi*x) for the gamma functions. */
#include "math_private.h"

/* (-1)^k / (2k+1)! and (-1)^k / (2k)!, k from 1 and from 2. */
static const long double sin_c[] = {
	-0xaaaaaaaaaaaaaaabp-66L, 0x8888888888888889p-70L, -0xd00d00d00d00d00dp-76L,
	0xb8ef1d2ab6399c7dp-82L, -0xd7322b3faa271c7fp-89L, 0xb092309d43684be5p-96L,
	-0xd73f9f399dc0f88fp-104L, 0xca963b81856a5359p-112L, -0x97a4da340a0ab926p-120L,
	0xb8dc77b6e7ab8c5fp-129L, -0xbb0da098b1c0ceccp-138L,
};
static const long double cos_c[] = {
	0xaaaaaaaaaaaaaaabp-68L, -0xb60b60b60b60b60bp-73L, 0xd00d00d00d00d00dp-79L,
	-0x93f27dbbc4fae397p-85L, 0x8f76c77fc6c4bdaap-92L, -0xc9cba54603e4e906p-100L,
	0xd73f9f399dc0f88fp-108L, -0xb413c31dcbecbbdep-116L, 0xf2a15d201011283dp-125L,
	-0x8671cb6dbfc294a3p-133L, 0xf96780cb97abbe65p-143L,
};

/* sin(hi + lo) and cos(hi + lo) for |hi| <= pi/4, |lo| tiny. */
long double __math_sin_kernel(long double hi, long double lo)
{
	long double z = hi * hi;
	long double p = __math_poly(z, sin_c, sizeof sin_c / sizeof sin_c[0]);
	return hi + (hi * z * p + lo * (1 - z / 2));
}

long double __math_cos_kernel(long double hi, long double lo)
{
	long double z = hi * hi;
	long double p = __math_poly(z, cos_c, sizeof cos_c / sizeof cos_c[0]);
	return 1 - (z / 2 - (z * z * p - hi * lo));
}

#define TINY 0x1p-33L  /* below this, sin x and tan x round to x */

static long double sin_core(long double x)
{
	if (!isfinite(x))
		return x - x;
	if (fabsl(x) < TINY)
		return x;
	long double hi, lo;
	int q = __math_rem_pio2(x, &hi, &lo);
	long double r = q & 1 ? __math_cos_kernel(hi, lo) : __math_sin_kernel(hi, lo);
	return q & 2 ? -r : r;
}

static long double cos_core(long double x)
{
	if (!isfinite(x))
		return x - x;
	long double hi, lo;
	int q = __math_rem_pio2(x, &hi, &lo);
	long double r = q & 1 ? __math_sin_kernel(hi, lo) : __math_cos_kernel(hi, lo);
	return (q + 1) & 2 ? -r : r;
}

static long double tan_core(long double x)
{
	if (!isfinite(x))
		return x - x;
	if (fabsl(x) < TINY)
		return x;
	long double hi, lo;
	int q = __math_rem_pio2(x, &hi, &lo);
	long double s = __math_sin_kernel(hi, lo), c = __math_cos_kernel(hi, lo);
	return q & 1 ? -c / s : s / c;
}

MATH_FN1(sin, sin_core, 0)
MATH_FN1(cos, cos_core, 0)
MATH_FN1(tan, tan_core, 0)

/* sin(pi*x), the reduction exact: x mod 2, then by symmetry to [0, 1/2]. */
long double __math_sin_pi(long double x)
{
	long double r = x - 2 * __math_round(x / 2);  /* [-1, 1], exact */
	long double a = fabsl(r);
	if (a > 0.5L)
		a = 1 - a;
	long double v = a <= 0.25L ? __math_sin_kernel(PI * a, 0) : __math_cos_kernel(PI * (0.5L - a), 0);
	return r < 0 ? -v : v;
}
