/* rand.c - rand and srand (glibc's: the random() generator, so a seed
 * gives glibc's sequence), and rand_r: three steps of the linear
 * congruential generator x = x * 1103515245 + 12345 (mod 2^32), taking
 * 11, 10 and 10 bits of x / 65536, as glibc. */
#include <stdlib.h>

long __random(void);
void __srandom(unsigned s);

int rand(void)
{
	return (int)__random();
}

void srand(unsigned s)
{
	__srandom(s);
}

int rand_r(unsigned *seedp)
{
	unsigned x = *seedp;
	int r = 0;
	for (int i = 0; i < 3; i++) {
		x = x * 1103515245u + 12345u;
		unsigned bits = (x >> 16) & (i == 0 ? 2047u : 1023u);
		r = i == 0 ? (int)bits : (r << 10) ^ (int)bits;
	}
	*seedp = x;
	return r;
}
