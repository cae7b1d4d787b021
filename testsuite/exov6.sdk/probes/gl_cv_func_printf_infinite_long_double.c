/* Infinities and NaNs of long double through %Lf, %Le and %Lg, also the
 * x87 pseudo-denormal, pseudo-NaN and unnormal encodings, which must print
 * as NaN (or at least not crash). */
#include "probe.h"
static volatile long double zero = 0.0L;
static int is_nan(const char *s)
{
	if (*s == '-')
		s++;
	return !strncmp(s, "nan", 3) && (s[3] == 0 || s[3] == '(');
}
static long double bits(unsigned long long mant, unsigned short exp)
{
	union { long double v; struct { unsigned long long m; unsigned short e; } p; } u;
	memset(&u, 0, sizeof u);
	u.p.m = mant;
	u.p.e = exp;
	return u.v;
}
int main(void)
{
	long double inf = 1.0L / zero, nan = zero / zero;
	const char *c[] = { "%Lf", "%Le", "%Lg" };
	for (int i = 0; i < 3; i++) {
		expect(!strcmp(fmt(c[i], inf), "inf") || !strcmp(probe_buf, "infinity"));
		expect(!strcmp(fmt(c[i], -inf), "-inf") || !strcmp(probe_buf, "-infinity"));
		expect(is_nan(fmt(c[i], nan)));
		/* quiet and signalling NaNs; pseudo-NaN, pseudo-infinity, unnormal */
		expect(is_nan(fmt(c[i], bits(0xC000000000000000ULL, 0x7fff))));
		expect(is_nan(fmt(c[i], bits(0x8300000000000000ULL, 0x7fff))));
		expect(is_nan(fmt(c[i], bits(0x4000000000000000ULL, 0x7fff))));
		expect(is_nan(fmt(c[i], bits(0x0000000000000000ULL, 0x7fff))));
		expect(is_nan(fmt(c[i], bits(0x4000000000000000ULL, 0x4004))));
	}
	return probe_failures != 0;
}
