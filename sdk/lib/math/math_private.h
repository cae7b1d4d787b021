/* math_private.h - shared by the math library: the long double bit
 * layout, errno reporting, and the macros that make the double, float
 * and long double entry points of a function from one long double core. */
#ifndef _MATH_PRIVATE_H
#define _MATH_PRIVATE_H

#include <errno.h>
#include <math.h>
#include <stdint.h>

/* The x87 extended format: explicit 64-bit significand, sign+exponent. */
union ldbits {
	long double f;
	struct {
		uint64_t m;
		uint16_t se;
	} i;
};

#define LD_BIAS 16383

/* Domain and range errors, decided on the result in its own type:
 * a NaN from no NaN is EDOM, an infinity from finite arguments ERANGE,
 * and (for the functions whose underflow glibc reports) a zero from a
 * non-zero finite argument ERANGE. */
#define MATH_SET_ERRNO(y, nan_in, finite_in, uflow) do { \
	if (isnan(y) && !(nan_in)) \
		errno = EDOM; \
	else if (isinf(y) && (finite_in)) \
		errno = ERANGE; \
	else if ((uflow) && (y) == 0 && (finite_in)) \
		errno = ERANGE; \
} while (0)

/* NAME, NAMEf and NAMEl from the long double function CORE(x);
 * UFLOW: report a zero result from a non-zero argument as ERANGE. */
#define MATH_FN1(name, core, uflow) \
	double name(double x) { double y = core(x); MATH_SET_ERRNO(y, isnan(x), isfinite(x), (uflow) && x != 0); return y; } \
	float name##f(float x) { float y = core(x); MATH_SET_ERRNO(y, isnan(x), isfinite(x), (uflow) && x != 0); return y; } \
	long double name##l(long double x) { long double y = core(x); MATH_SET_ERRNO(y, isnan(x), isfinite(x), (uflow) && x != 0); return y; }

/* The same for two arguments; UFLOW is a condition on x and y. */
#define MATH_FN2(name, core, uflow) \
	double name(double x, double y) { double r = core(x, y); \
		MATH_SET_ERRNO(r, isnan(x) || isnan(y), isfinite(x) && isfinite(y), uflow); return r; } \
	float name##f(float x, float y) { float r = core(x, y); \
		MATH_SET_ERRNO(r, isnan(x) || isnan(y), isfinite(x) && isfinite(y), uflow); return r; } \
	long double name##l(long double x, long double y) { long double r = core(x, y); \
		MATH_SET_ERRNO(r, isnan(x) || isnan(y), isfinite(x) && isfinite(y), uflow); return r; }

/* Exact functions: one static long double CORE serves all three types
 * (widening is exact, and so is narrowing the result).  Public names
 * never call each other: GCC would turn (double)floorl(x) into floor(x). */
#define MATH_EXACT1(name, core) \
	double name(double x) { return core(x); } \
	float name##f(float x) { return core(x); } \
	long double name##l(long double x) { return core(x); }

/* c[0] + z*c[1] + ... + z^(n-1)*c[n-1], by Horner's rule. */
static inline long double __math_poly(long double z, const long double *c, int n)
{
	long double r = c[n - 1];
	for (int i = n - 2; i >= 0; i--)
		r = r * z + c[i];
	return r;
}

/* The x87 transcendental instructions that are accurate (and that QEMU
 * computes in full extended precision): 2^x - 1 for |x| <= 1, y*log2(x),
 * y*log2(1 + x) for |x| < 1 - sqrt(2)/2, and atan(y/x) by quadrant. */
static inline long double __math_f2xm1(long double x)
{
	__asm__("f2xm1" : "+t"(x));
	return x;
}

static inline long double __math_fyl2x(long double y, long double x)
{
	long double r;
	__asm__("fyl2x" : "=t"(r) : "0"(x), "u"(y) : "st(1)");
	return r;
}

static inline long double __math_fyl2xp1(long double y, long double x)
{
	long double r;
	__asm__("fyl2xp1" : "=t"(r) : "0"(x), "u"(y) : "st(1)");
	return r;
}

static inline long double __math_fpatan(long double y, long double x)
{
	long double r;
	__asm__("fpatan" : "=t"(r) : "0"(x), "u"(y) : "st(1)");
	return r;
}

static inline long double __math_sqrt(long double x)
{
	__asm__("fsqrt" : "+t"(x));
	return x;
}

#define LN2 0xb17217f7d1cf79acp-64L
#define LOG2E 0xb8aa3b295c17f0bcp-63L
#define PI 0xc90fdaa22168c235p-62L

/* Shared cores (long double in, long double out), setting no errno. */
long double __math_round(long double x);
int __math_rem_pio2(long double x, long double *hi, long double *lo);
long double __math_sin_kernel(long double hi, long double lo);
long double __math_cos_kernel(long double hi, long double lo);
long double __math_scalbn(long double x, int n);
int __math_ilogb(long double x);
long double __math_exp(long double x);
long double __math_exp2(long double x);
long double __math_expm1(long double x);
long double __math_log1p(long double x);
long double __math_ylog2(long double y, long double x);
long double __math_sin_pi(long double x);

#endif
