/* arc4random.c - arc4random, arc4random_buf and arc4random_uniform (BSD,
 * glibc 2.36) over the library's generator (entropy.c: ChaCha20, seeded
 * from RDRAND/RDSEED, the TSC and the clock; see <sys/random.h> for how
 * strong that is on exov6).  arc4random_uniform rejects the values that
 * would make some results likelier than others. */
#include <stdint.h>
#include <stdlib.h>

void __libc_random_bytes(void *buf, size_t n);

uint32_t arc4random(void)
{
	uint32_t v;
	__libc_random_bytes(&v, sizeof v);
	return v;
}

void arc4random_buf(void *buf, size_t n)
{
	__libc_random_bytes(buf, n);
}

uint32_t arc4random_uniform(uint32_t upper)
{
	if (upper < 2)
		return 0;
	/* 2^32 mod upper values at the bottom would be one too many. */
	uint32_t min = -upper % upper, v;
	do
		v = arc4random();
	while (v < min);
	return v % upper;
}
