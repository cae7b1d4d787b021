/* rand48.c - the 48-bit linear congruential generators of POSIX:
 * x = (a * x + c) mod 2^48, a = 0x5deece66d and c = 0xb unless lcong48
 * changes them.  drand48/erand48 return x / 2^48, lrand48/nrand48 the top
 * 31 bits, mrand48/jrand48 the top 32 bits as a signed number; the e, n
 * and j forms step a caller's x (three 16-bit words, least significant
 * first), the others the one kept here (0 until seeded, as glibc). */
#include <stdint.h>
#include <stdlib.h>

static struct {
	unsigned short x[3];
	uint64_t a;
	unsigned c;
} g = { { 0, 0, 0 }, 0x5deece66dull, 0xb };

static uint64_t next(unsigned short x[3])
{
	uint64_t v = (uint64_t)x[2] << 32 | (uint64_t)x[1] << 16 | x[0];
	v = (v * g.a + g.c) & 0xffffffffffffull;
	x[0] = (unsigned short)v;
	x[1] = (unsigned short)(v >> 16);
	x[2] = (unsigned short)(v >> 32);
	return v;
}

double erand48(unsigned short x[3])
{
	return (double)next(x) * 0x1p-48;
}

double drand48(void)
{
	return erand48(g.x);
}

long nrand48(unsigned short x[3])
{
	return (long)(next(x) >> 17);
}

long lrand48(void)
{
	return nrand48(g.x);
}

long jrand48(unsigned short x[3])
{
	return (long)(int32_t)(uint32_t)(next(x) >> 16);
}

long mrand48(void)
{
	return jrand48(g.x);
}

static void defaults(void)
{
	g.a = 0x5deece66dull;
	g.c = 0xb;
}

void srand48(long seed)
{
	/* Only the low 32 bits count (POSIX: x = seed << 16 | 0x330e). */
	g.x[2] = (unsigned short)((unsigned long)seed >> 16);
	g.x[1] = (unsigned short)seed;
	g.x[0] = 0x330e;
	defaults();
}

unsigned short *seed48(unsigned short seed[3])
{
	static unsigned short old[3];
	old[0] = g.x[0], old[1] = g.x[1], old[2] = g.x[2];
	g.x[0] = seed[0], g.x[1] = seed[1], g.x[2] = seed[2];
	defaults();
	return old;
}

void lcong48(unsigned short param[7])
{
	g.x[0] = param[0], g.x[1] = param[1], g.x[2] = param[2];
	g.a = (uint64_t)param[5] << 32 | (uint64_t)param[4] << 16 | param[3];
	g.c = param[6];
}
