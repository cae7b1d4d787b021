/* The C99 length modifiers j, z, t and L. */
#include "probe.h"
#include <stddef.h>
#include <stdint.h>
int main(void)
{
	expect(!strcmp(fmt("%ju %d", (uintmax_t)12345671, 33), "12345671 33"));
	expect(!strcmp(fmt("%zu %d", (size_t)12345672, 33), "12345672 33"));
	expect(!strcmp(fmt("%tu %d", (ptrdiff_t)12345673, 33), "12345673 33"));
	expect(!strcmp(fmt("%Lg %d", (long double)1.5, 33), "1.5 33"));
	return probe_failures != 0;
}
