/* gamma.c - lgamma and tgamma in long double: Taylor series of lgamma
 * about 1 and 2 (coefficients from zeta(k)) on [3/4, 11/4), the
 * recurrence Gamma(x+1) = x Gamma(x) to reach them, Stirling's series
 * from 10 up, and the reflection Gamma(x)Gamma(1-x) = pi/sin(pi x) for
 * negative x. */
#include "math_private.h"

#define EULER 0x93c467e37db0c7a5p-64L
#define ONE_MINUS_EULER 0xd8773039049e70b6p-65L
#define HALF_LOG_2PI 0xeb3f8e4325f5a535p-64L

/* (-1)^k zeta(k)/k and (-1)^k (zeta(k) - 1)/k for k >= 2. */
static const long double about1[] = {
	0xd28d3312983e9918p-64L, -0xcd26aadf5596b7adp-65L, 0x8a8991563ec241b6p-65L,
	-0xd45ce0bd530a492fp-66L, 0xada06588061830a5p-66L, -0x9381d0ee751d72c6p-66L,
	0x80859b57c31cb746p-66L, -0xe4033836abeda2adp-67L, 0xcd00f1c2eafc7981p-67L,
	-0xba461988a636b07bp-67L, 0xaab56b1921de202cp-67L, -0x9d8ecb8fe2cc261ap-67L,
	0x924b6fc19062fb9fp-67L, -0x88899a3b73ff01ddp-67L, 0x8000803266f59178p-67L,
	-0xf0f16988f455e4e6p-68L, 0xe38e71d105a0c483p-68L, -0xd79450dab44502e9p-68L,
	0xccccd99a96add052p-68L, -0xc30c36dbbdfdfadcp-68L, 0xba2e8e8bbc6fc881p-68L,
	-0xb216442c8db365dfp-68L, 0xaaaaab5557ee6aa9p-68L, -0xa3d70a8f5cfdbba0p-68L,
	0x9d89d8c4ec92f3e9p-68L, -0x97b426000015e20bp-68L, 0x9249249b6dbde3e5p-68L,
	-0x8d3dcb0d3dcd4c3ep-68L, 0x8888888aaaab655bp-68L, -0x8421084318c66dc5p-68L,
	0x8000000080001372p-68L, -0xf83e0f845d175263p-69L, 0xf0f0f0f12d2d313ep-69L,
	-0xea0ea0ea2be2bf7dp-69L, 0xe38e38e39c71c78ap-69L, -0xdd67c8a614c1baf3p-69L,
	0xd79435e510d79441p-69L, -0xd20d20d20ec4ec53p-69L,
};
static const long double about2[] = {
	0xa51a6625307d3231p-65L, -0x89f000d2abb03409p-67L, 0xa8991563ec241b60p-69L,
	-0xf2027e10c7af8c37p-71L, 0xbd6eb756db617ea5p-72L, -0x9c562e15fc703e76p-73L,
	0x859b57c31cb745f3p-74L, -0xe9fea63b697e3e38p-76L, 0xd093d878beb2d19dp-77L,
	-0xbc6f2debe40f7797p-78L, 0xac06e77337581126p-79L, -0x9e5e4b1e7112142bp-80L,
	0x92cbd1cf9a555c81p-81L, -0x88d975bb3caa08e4p-82L, 0x803266f5917879d0p-83L,
	-0xf13006c9e7e975dap-85L, 0xe3b5dd9f83d26bb3p-86L, -0xd7ad365dfc54bb2cp-87L,
	0xccdc9e1038587a06p-88L, -0xc31639a6f9f56366p-89L, 0xba34ed667d6e6593p-90L,
	-0xb21a54223d75681bp-91L, 0xaaad43bffe9614f1p-92L, -0xa3d8b3c92c68720ap-93L,
	0x9d8ae9597e085e28p-94L, -0x97b4d4fd5f1efcbdp-95L, 0x92499519ba1a620cp-96L,
	-0x8d3e13761291e29fp-97L, 0x8888b7349f6cbc72p-98L, -0x8421265e2a1ec141p-99L,
	0x80001371fb227a6bp-100L, -0xf83e28a7e4f8505dp-102L, 0xf0f1013557e6bd3bp-103L,
	-0xea0eab72f7170ebcp-104L, 0xe38e3fb78871b5fep-105L, -0xdd67cd13de44d6b6p-106L,
	0xd79438c5086b7141p-107L, -0xd20d22b01f2dad3bp-108L, 0xccccce038b77458cp-109L,
	-0xc7ce0d46fcebbf31p-110L, 0xc30c314694482663p-111L, -0xbe82fa618e2b02e3p-112L,
	0xba2e8bdab5d2533ap-113L, -0xb60b60da6b22b35ep-114L, 0xb21642e011ece444p-115L,
	-0xae4c416c12f4e4d2p-116L, 0xaaaaaab4c54331cfp-117L, -0xa72f0540115e46d7p-118L,
	0xa3d70a41c040f441p-119L, -0xa0a0a0a371f189e4p-120L,
};
/* B(2k) / (2k(2k-1)), k >= 1. */
static const long double stirling[] = {
	0xaaaaaaaaaaaaaaabp-67L, -0xb60b60b60b60b60bp-72L, 0xd00d00d00d00d00dp-74L,
	-0x9c09c09c09c09c0ap-74L, 0xdca8f158c7f91ab8p-74L, -0xfb5586ccc9e3e410p-73L,
	0xd20d20d20d20d20dp-71L, -0xf21436587a9cbee1p-69L, 0xb7f4b1c0f033ffd1p-66L,
	-0xb23b3808c0f9cf6ep-63L, 0xd672219167002d3ap-60L, -0x9cd9292e6660d55bp-56L,
	0x8911a740da740da7p-52L,
};

#define N(a) (int)(sizeof a / sizeof a[0])

/* lgamma(1 + t) for |t| <= 1/4, lgamma(2 + t) for |t| <= 3/4. */
static long double lgamma1(long double t)
{
	return t * (-EULER + t * __math_poly(t, about1, N(about1)));
}

static long double lgamma2(long double t)
{
	return t * (ONE_MINUS_EULER + t * __math_poly(t, about2, N(about2)));
}

/* lgamma(x) for x in [3/4, 11/4). */
static long double lgamma_near(long double x)
{
	if (x == 1 || x == 2)  /* +0, not t * (...) = -0 */
		return 0;
	return x < 1.25L ? lgamma1(x - 1) : lgamma2(x - 2);
}

static long double log_of(long double x)
{
	return __math_ylog2(LN2, x);
}

/* lgamma(x) for finite x > 0. */
static long double lgamma_positive(long double x)
{
	if (x < 0.25L)  /* lgamma(1 + x) - log(x), with t = x exact */
		return lgamma1(x) - log_of(x);
	if (x < 0.75L)
		return lgamma2(x - 1) - log_of(x);
	if (x < 2.75L)
		return lgamma_near(x);
	if (x < 10) {
		long double p = 1;
		while (x >= 2.75L) {
			x -= 1;
			p *= x;
		}
		return log_of(p) + lgamma_near(x);
	}
	/* (x - 1/2)(log x - 1) - 1/2 does not overflow before the result */
	long double r = 1 / x;
	return (x - 0.5L) * (log_of(x) - 1) - 0.5L + HALF_LOG_2PI + r * __math_poly(r * r, stirling, N(stirling));
}

static long double lgamma_core(long double x, int *sign)
{
	*sign = 1;
	if (isnan(x))
		return x + x;
	if (isinf(x))
		return INFINITY;
	if (x == 0) {
		*sign = signbit(x) ? -1 : 1;
		return 1 / fabsl(x);  /* pole */
	}
	if (x > 0)
		return lgamma_positive(x);
	if (x == __math_round(x))
		return 1 / 0.0L;  /* pole */
	if (x > -0x1p-64L) {  /* -log|x|, where pi/|sin(pi x)| could overflow */
		*sign = -1;
		return -log_of(-x);
	}
	long double s = __math_sin_pi(x);
	*sign = s < 0 ? -1 : 1;
	return log_of(PI / fabsl(s)) - lgamma_positive(1 - x);
}

int signgam;

#define LGAMMA(name, type) \
	type name##_r(type x, int *sign) { \
		type r = lgamma_core(x, sign); \
		MATH_SET_ERRNO(r, isnan(x), isfinite(x), 0); \
		return r; \
	} \
	type name(type x) { \
		type r = lgamma_core(x, &signgam); \
		MATH_SET_ERRNO(r, isnan(x), isfinite(x), 0); \
		return r; \
	}
LGAMMA(lgamma, double)
LGAMMA(lgammaf, float)
LGAMMA(lgammal, long double)

/* Gamma(x) for 0 < x <= 1756: down to [1, 2) by the recurrence, there
 * exp(lgamma), which is small. */
static long double gamma_positive(long double x)
{
	if (x < 0x1p-70L)  /* 1/x - euler, rounded */
		return 1 / x;
	if (x < 1)
		return gamma_positive(x + 1) / x;
	long double p = 1;
	while (x >= 2) {
		x -= 1;
		p *= x;
	}
	return p * __math_exp(lgamma_near(x));
}

static long double tgamma_core(long double x)
{
	if (isnan(x))
		return x + x;
	if (x == 0)
		return 1 / x;  /* pole */
	if (x == -INFINITY || (x < 0 && x == __math_round(x)))
		return (x - x) / (x - x);
	if (x > 1756)
		return 0x1p16383L * 2;
	if (x > 0)
		return gamma_positive(x);
	long double s = __math_sin_pi(x);
	if (x < -1800)  /* underflows, with the sign of sin(pi x) */
		return s * 0x1p-16382L * 0x1p-100L;
	if (x < -1754) {  /* Gamma(1 - x) overflows: go through logarithms */
		int sign;
		long double r = __math_exp(lgamma_core(x, &sign));
		return sign < 0 ? -r : r;
	}
	return PI / (s * gamma_positive(1 - x));
}

MATH_FN1(tgamma, tgamma_core, 1)
