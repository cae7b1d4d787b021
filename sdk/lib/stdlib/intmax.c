/* intmax.c - the <inttypes.h> functions: intmax_t is long on exov6, so
 * they are the long ones. */
#include <inttypes.h>
#include <stdlib.h>

intmax_t imaxabs(intmax_t j)
{
	return j < 0 ? -j : j;
}

imaxdiv_t imaxdiv(intmax_t num, intmax_t den)
{
	return (imaxdiv_t){ num / den, num % den };
}

intmax_t strtoimax(const char *restrict s, char **restrict end, int base)
{
	return strtol(s, end, base);
}

uintmax_t strtoumax(const char *restrict s, char **restrict end, int base)
{
	return strtoul(s, end, base);
}
