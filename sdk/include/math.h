/* math.h - C99 mathematics: classification macros, constants and the
 * double, float and long double functions (all in libc.a; -lm is empty). */
#ifndef _MATH_H
#define _MATH_H

#ifdef __cplusplus
extern "C" {
#endif

#define HUGE_VAL (__builtin_huge_val())
#define HUGE_VALF (__builtin_huge_valf())
#define HUGE_VALL (__builtin_huge_vall())
#define INFINITY (__builtin_inff())
#define NAN (__builtin_nanf(""))

/* Evaluation: SSE for float and double, so no wider intermediates. */
typedef float float_t;
typedef double double_t;

#define FP_NAN 0
#define FP_INFINITE 1
#define FP_ZERO 2
#define FP_SUBNORMAL 3
#define FP_NORMAL 4

#define FP_ILOGB0 (-2147483647 - 1)
#define FP_ILOGBNAN (-2147483647 - 1)

#define MATH_ERRNO 1
#define MATH_ERREXCEPT 2
#define math_errhandling (MATH_ERRNO | MATH_ERREXCEPT)

#define fpclassify(x) \
	__builtin_fpclassify(FP_NAN, FP_INFINITE, FP_NORMAL, FP_SUBNORMAL, FP_ZERO, x)
#define isnan(x) __builtin_isnan(x)
#define isinf(x) __builtin_isinf_sign(x)
#define isfinite(x) __builtin_isfinite(x)
#define isnormal(x) __builtin_isnormal(x)
#define signbit(x) __builtin_signbit(x)

#define isgreater(x, y) __builtin_isgreater(x, y)
#define isgreaterequal(x, y) __builtin_isgreaterequal(x, y)
#define isless(x, y) __builtin_isless(x, y)
#define islessequal(x, y) __builtin_islessequal(x, y)
#define islessgreater(x, y) __builtin_islessgreater(x, y)
#define isunordered(x, y) __builtin_isunordered(x, y)

#if defined(_DEFAULT_SOURCE) || defined(_GNU_SOURCE) || defined(_XOPEN_SOURCE) || \
	defined(_BSD_SOURCE) || !defined(__STRICT_ANSI__)
#define M_E 2.7182818284590452354
#define M_LOG2E 1.4426950408889634074
#define M_LOG10E 0.43429448190325182765
#define M_LN2 0.69314718055994530942
#define M_LN10 2.30258509299404568402
#define M_PI 3.14159265358979323846
#define M_PI_2 1.57079632679489661923
#define M_PI_4 0.78539816339744830962
#define M_1_PI 0.31830988618379067154
#define M_2_PI 0.63661977236758134308
#define M_2_SQRTPI 1.12837916709551257390
#define M_SQRT2 1.41421356237309504880
#define M_SQRT1_2 0.70710678118654752440
#endif

#if defined(_GNU_SOURCE)
#define M_El 2.718281828459045235360287471352662498L
#define M_LOG2El 1.442695040888963407359924681001892137L
#define M_LOG10El 0.434294481903251827651128918916605082L
#define M_LN2l 0.693147180559945309417232121458176568L
#define M_LN10l 2.302585092994045684017991454684364208L
#define M_PIl 3.141592653589793238462643383279502884L
#define M_PI_2l 1.570796326794896619231321691639751442L
#define M_PI_4l 0.785398163397448309615660845819875721L
#define M_1_PIl 0.318309886183790671537767526745028724L
#define M_2_PIl 0.636619772367581343075535053490057448L
#define M_2_SQRTPIl 1.128379167095512573896158903121545172L
#define M_SQRT2l 1.414213562373095048801688724209698079L
#define M_SQRT1_2l 0.707106781186547524400844362104849039L
#endif

/* One prototype per function and type: NAME, NAMEf and NAMEl. */
#define __MATH_FN1(name) \
	double name(double); float name##f(float); long double name##l(long double)
#define __MATH_FN2(name) \
	double name(double, double); float name##f(float, float); \
	long double name##l(long double, long double)

__MATH_FN1(acos); __MATH_FN1(asin); __MATH_FN1(atan); __MATH_FN1(cos); __MATH_FN1(sin); __MATH_FN1(tan);
__MATH_FN1(acosh); __MATH_FN1(asinh); __MATH_FN1(atanh);
__MATH_FN1(cosh); __MATH_FN1(sinh); __MATH_FN1(tanh);
__MATH_FN1(exp); __MATH_FN1(exp2); __MATH_FN1(expm1);
__MATH_FN1(log); __MATH_FN1(log10); __MATH_FN1(log1p); __MATH_FN1(log2); __MATH_FN1(logb);
__MATH_FN1(cbrt); __MATH_FN1(fabs); __MATH_FN1(sqrt);
__MATH_FN1(erf); __MATH_FN1(erfc); __MATH_FN1(lgamma); __MATH_FN1(tgamma);
__MATH_FN1(ceil); __MATH_FN1(floor); __MATH_FN1(nearbyint); __MATH_FN1(rint);
__MATH_FN1(round); __MATH_FN1(trunc);
__MATH_FN2(atan2); __MATH_FN2(hypot); __MATH_FN2(pow);
__MATH_FN2(fmod); __MATH_FN2(remainder); __MATH_FN2(copysign); __MATH_FN2(nextafter);
__MATH_FN2(fdim); __MATH_FN2(fmax); __MATH_FN2(fmin);
#undef __MATH_FN1
#undef __MATH_FN2

double frexp(double, int *);
float frexpf(float, int *);
long double frexpl(long double, int *);
double ldexp(double, int);
float ldexpf(float, int);
long double ldexpl(long double, int);
double modf(double, double *);
float modff(float, float *);
long double modfl(long double, long double *);
double scalbn(double, int);
float scalbnf(float, int);
long double scalbnl(long double, int);
double scalbln(double, long);
float scalblnf(float, long);
long double scalblnl(long double, long);
int ilogb(double);
int ilogbf(float);
int ilogbl(long double);
long lrint(double);
long lrintf(float);
long lrintl(long double);
long long llrint(double);
long long llrintf(float);
long long llrintl(long double);
long lround(double);
long lroundf(float);
long lroundl(long double);
long long llround(double);
long long llroundf(float);
long long llroundl(long double);
double remquo(double, double, int *);
float remquof(float, float, int *);
long double remquol(long double, long double, int *);
double nexttoward(double, long double);
float nexttowardf(float, long double);
long double nexttowardl(long double, long double);
double fma(double, double, double);
float fmaf(float, float, float);
long double fmal(long double, long double, long double);

#if defined(_DEFAULT_SOURCE) || defined(_GNU_SOURCE) || defined(_XOPEN_SOURCE) || \
	defined(_BSD_SOURCE) || !defined(__STRICT_ANSI__)
/* The sign of the last lgamma result, and reentrant lgamma. */
extern int signgam;
double lgamma_r(double, int *);
float lgammaf_r(float, int *);
long double lgammal_r(long double, int *);
#endif

#ifdef __cplusplus
}
#endif
#endif
