/* mathcheck.c - the math library inside exov6: a handful of values from
 * each family (approximations within their ulp bounds of glibc's
 * results), errno for domain and range errors, and the fenv rounding
 * modes and exception flags on both the SSE and x87 units.  Prints
 * "ok TEXT" or "FAIL TEXT" per check and "done: N failures". */
#include <errno.h>
#include <fenv.h>
#include <math.h>
#include <stdio.h>

static int failures;

static void check(int good, const char *text)
{
	printf("%s %s\n", good ? "ok" : "FAIL", text);
	failures += !good;
}

/* volatile: computed at run time, in the current rounding mode. */
static volatile double one = 1, three = 3, zero = 0;
static volatile long double lthree = 3, half5 = 2.5;
static volatile double mhalf5 = -2.5;

static void exact(void)
{
	check(floor(-2.5) == -3 && ceil(-2.5) == -2 && trunc(-2.5) == -2 && round(-2.5) == -3,
		"floor ceil trunc round of -2.5");
	check(rint(2.5) == 2 && lrint(3.5) == 4 && nearbyintf(-0.5f) == 0 && signbit(nearbyintf(-0.5f)),
		"rint rounds to even");
	check(fmod(7, 3) == 1 && remainder(7, 4) == -1 && fmodl(-7, 3) == -1, "fmod remainder");
	int q;
	check(remquo(29, 3, &q) == -1 && (q & 7) == 2, "remquo quotient bits");
	int e;
	check(frexp(48, &e) == 0.75 && e == 6 && ldexp(0.75, 6) == 48 && ilogb(48) == 5 && logb(0x1p-1074) == -1074,
		"frexp ldexp ilogb logb");
	check(sqrt(2) == 0x1.6a09e667f3bcdp+0 && sqrtf(2) == 0x1.6a09e6p+0f && sqrtl(4) == 2, "sqrt");
	check(fma(0x1p52 + 1, 0x1p52 - 1, -0x1p104) == -1 && fmaf(1 + 0x1p-12f, 1 + 0x1p-12f, -1) == 0x1p-11f + 0x1p-24f,
		"fma is exact");
	check(nextafter(1, 2) == 1 + 0x1p-52 && nextafterf(0, -1) == -0x1p-149f && nexttoward(1, 2.0L) == 1 + 0x1p-52,
		"nextafter nexttoward");
	check(fmax(NAN, 1) == 1 && fmin(-1, 2) == -1 && fdim(5, 3) == 2 && fdim(3, 5) == 0, "fmax fmin fdim");
	double ip;
	check(modf(-3.25, &ip) == -0.25 && ip == -3 && copysign(3, -0.0) == -3 && fabs(-0.0) == 0,
		"modf copysign fabs");
	check(isnan(NAN) && isinf(-INFINITY) && isfinite(1.0) && !isnormal(0x1p-1074) &&
		fpclassify(0x1p-1074) == FP_SUBNORMAL && signbit(-0.0) && fpclassify(HUGE_VAL) == FP_INFINITE,
		"classification macros");
}

/* Within n units in the last place of want. */
static int near(long double got, long double want, long double ulp, int n)
{
	return fabsl(got - want) <= n * ulp;
}

#define NEAR(got, want) near(got, want, nextafter(want, INFINITY) - (want), 1)
#define NEARL(got, want) near(got, want, nextafterl(want, INFINITY) - (want), 2)

static void approximate(void)
{
	check(NEAR(sin(1e22), -0x1.b453ab76bf397p-1) && NEAR(cos(0x1p1000), 0x1.f9785160c8815p-1) &&
		NEAR(tan(1.5707963267948966), 0x1.d02967c31cdb5p+53), "sin cos tan with huge arguments");
	check(NEARL(sinl(1e22L), -0xd.a29d5bb5f9cb87dp-4L) && NEAR(sinf(1e22f), -0x1.77d988p-1f),
		"sinl and sinf of 1e22");
	check(NEAR(exp(1), 0x1.5bf0a8b145769p+1) && NEARL(expl(1), 0xa.df85458a2bb4a9bp-2L) &&
		NEAR(expm1(1e-10), 0x1.b7cdfd9dda4e3p-34), "exp expl expm1");
	check(NEAR(log(10), 0x1.26bb1bbb55516p+1) && NEARL(logl(10), 0x9.35d8dddaaa8ac17p-2L) &&
		NEAR(log1p(1e-10), 0x1.b7cdfd9d1d693p-34) && log2(1024) == 10 && log10(1000) == 3,
		"log logl log1p log2 log10");
	check(NEAR(pow(2, 0.5), 0x1.6a09e667f3bcdp+0) && pow(-2, 3) == -8 && pow(-8, 1.0 / 3) != pow(-8, 1.0 / 3) &&
		cbrt(27) == 3 && hypot(3, 4) == 5, "pow cbrt hypot");
	check(NEAR(atan2(1, -1), 0x1.2d97c7f3321d2p+1) && NEAR(acos(-1), 0x1.921fb54442d18p+1) &&
		asin(1) == acos(0) && NEAR(atan(INFINITY), 0x1.921fb54442d18p+0), "inverse trigonometric");
	check(NEAR(sinh(1), 0x1.2cd9fc44eb982p+0) && NEAR(asinh(1), 0x1.c34366179d427p-1) &&
		cosh(0) == 1 && tanh(INFINITY) == 1 && atanh(0.5) > 0.549 && acosh(1) == 0, "hyperbolic");
	check(NEAR(erf(0.5), 0x1.0a7ef5c18edd2p-1) && NEAR(erfc(5), 0x1.b0c1a759f7739p-40) && erf(INFINITY) == 1,
		"erf erfc");
	check(tgamma(5) == 24 && NEAR(tgamma(0.5), 0x1.c5bf891b4ef6bp+0) &&
		NEAR(lgamma(100), 0x1.67225b4879463p+8) && lgamma(-0.5) > 1.26 && signgam == -1,
		"tgamma lgamma signgam");
}

static void errors(void)
{
	errno = 0;
	check(isnan(sqrt(-1)) && errno == EDOM, "sqrt(-1) is NaN with EDOM");
	errno = 0;
	check(isinf(ldexp(1, 5000)) && errno == ERANGE, "ldexp overflow sets ERANGE");
	errno = 0;
	check(isnan(fmod(1, 0)) && errno == EDOM, "fmod(1, 0) sets EDOM");
	errno = 0;
	check(ilogb(0) == FP_ILOGB0 && errno == EDOM, "ilogb(0) sets EDOM");
	errno = 0;
	check(log(0) == -INFINITY && errno == ERANGE, "log(0) is -inf with ERANGE");
	errno = 0;
	check(isnan(log(-1)) && errno == EDOM, "log(-1) is NaN with EDOM");
	errno = 0;
	check(isinf(exp(1000)) && errno == ERANGE, "exp(1000) overflows with ERANGE");
	errno = 0;
	check(exp(-1000) == 0 && errno == ERANGE, "exp(-1000) underflows with ERANGE");
	errno = 0;
	check(isnan(acos(2)) && errno == EDOM, "acos(2) is NaN with EDOM");
	errno = 0;
	check(isinf(pow(0, -1)) && errno == ERANGE, "pow(0, -1) is a pole");
	errno = 0;
	check(isnan(sin(INFINITY)) && errno == EDOM, "sin(inf) is NaN with EDOM");
	errno = 0;
	check(isnan(tgamma(-2)) && errno == EDOM, "tgamma(-2) is NaN with EDOM");
}

static void environment(void)
{
	/* 1/3 rounds down to nearest in double, up in long double. */
	static const int modes[] = { FE_TONEAREST, FE_DOWNWARD, FE_UPWARD, FE_TOWARDZERO };
	double d[4], ri[4];
	long double l[4];
	int got = 1;
	for (int i = 0; i < 4; i++) {
		fesetround(modes[i]);
		got &= fegetround() == modes[i];
		d[i] = one / three;
		l[i] = 1 / lthree;
		ri[i] = rint(mhalf5) + rintl(half5) * 10;
	}
	check(got, "fegetround returns each of the four modes");
	check(d[2] > d[1] && d[0] == d[1] && d[3] == d[1], "rounding modes on SSE (double)");
	check(l[2] > l[1] && l[0] == l[2] && l[3] == l[1], "rounding modes on x87 (long double)");
	char text[160];
	snprintf(text, sizeof text, "rint follows the rounding mode (%g %g %g %g)", ri[0], ri[1], ri[2], ri[3]);
	check(ri[0] == 18 && ri[1] == 17 && ri[2] == 28 && ri[3] == 18, text);
	fesetround(FE_TONEAREST);
	check(fesetround(12345) != 0, "fesetround refuses a bad mode");

	feclearexcept(FE_ALL_EXCEPT);
	volatile double r = one / zero;
	(void)r;
	check(fetestexcept(FE_ALL_EXCEPT) == FE_DIVBYZERO, "1/0 raises divide-by-zero only");
	feraiseexcept(FE_INEXACT | FE_OVERFLOW);
	check(fetestexcept(FE_INEXACT | FE_OVERFLOW) == (FE_INEXACT | FE_OVERFLOW), "feraiseexcept");
	feclearexcept(FE_ALL_EXCEPT);
	check(fetestexcept(FE_ALL_EXCEPT) == 0, "feclearexcept");

	fenv_t env;
	fesetround(FE_UPWARD);
	feholdexcept(&env);
	fesetround(FE_DOWNWARD);
	r = one / three;
	check(fetestexcept(FE_INEXACT) == FE_INEXACT, "inexact raised while held");
	feupdateenv(&env);
	check(fegetround() == FE_UPWARD && fetestexcept(FE_INEXACT), "feupdateenv restores mode, keeps flags");
	fegetenv(&env);
	fesetenv(FE_DFL_ENV);
	check(fegetround() == FE_TONEAREST && fetestexcept(FE_ALL_EXCEPT) == 0, "FE_DFL_ENV");
	fesetenv(&env);
	check(fegetround() == FE_UPWARD, "fesetenv");
	fesetenv(FE_DFL_ENV);
}

int main(void)
{
	exact();
	approximate();
	errors();
	environment();
	printf("done: %d failures\n", failures);
	return failures != 0;
}
