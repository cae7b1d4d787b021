/* Infinities and NaNs of double through %f, %e and %g, and -0 as "-0". */
#include "probe.h"
static volatile double zero = 0.0;
static int is_nan(const char *s)
{
	if (*s == '-')
		s++;
	return !strncmp(s, "nan", 3) && (s[3] == 0 || s[3] == '(');
}
int main(void)
{
	double inf = 1.0 / zero, nan = zero / zero;
	const char *c[] = { "%f", "%e", "%g" };
	for (int i = 0; i < 3; i++) {
		expect(!strcmp(fmt(c[i], inf), "inf") || !strcmp(probe_buf, "infinity"));
		expect(!strcmp(fmt(c[i], -inf), "-inf") || !strcmp(probe_buf, "-infinity"));
		expect(is_nan(fmt(c[i], nan)));
	}
	expect(!strcmp(fmt("%g", -zero), "-0"));
	return probe_failures != 0;
}
