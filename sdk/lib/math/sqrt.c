/* sqrt.c - square roots by the hardware's correctly rounded instructions
 * (sqrtsd, sqrtss, fsqrt); EDOM below zero. */
#include "math_private.h"

double sqrt(double x)
{
	double r;
	__asm__("sqrtsd %1, %0" : "=x"(r) : "x"(x));
	if (x < 0)
		errno = EDOM;
	return r;
}

float sqrtf(float x)
{
	float r;
	__asm__("sqrtss %1, %0" : "=x"(r) : "x"(x));
	if (x < 0)
		errno = EDOM;
	return r;
}

long double sqrtl(long double x)
{
	long double r;
	__asm__("fsqrt" : "=t"(r) : "0"(x));
	if (x < 0)
		errno = EDOM;
	return r;
}
