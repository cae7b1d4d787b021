/* entropy.c - the library's random bytes: getrandom and getentropy, and
 * __libc_random_bytes for arc4random.  A ChaCha20 keystream (RFC 8439's
 * block function) whose key is replaced after every request by keystream
 * no caller saw ("fast key erasure"), so earlier output cannot be
 * recomputed from the state.  The key comes from what entropy there is:
 * RDSEED and RDRAND when the CPU has them, the TSC read between bursts
 * of work (its jitter), the wall clock, the process id and the stack's
 * address, folded through the block function.  It is drawn again after
 * fork (a new pid) and every 1 MiB.  exov6's kernel has no entropy pool:
 * without RDRAND the seed is only as unpredictable as the timing. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

static struct {
	uint32_t key[8];
	uint64_t counter;
	pid_t pid;
	size_t since_seed;
} g;

static uint32_t rotl(uint32_t v, int n)
{
	return v << n | v >> (32 - n);
}

#define QUARTER(a, b, c, d) \
	(a += b, d = rotl(d ^ a, 16), c += d, b = rotl(b ^ c, 12), \
	 a += b, d = rotl(d ^ a, 8), c += d, b = rotl(b ^ c, 7))

/* One 64-byte ChaCha20 block of key, counter and nonce. */
static void block(const uint32_t key[8], uint64_t counter, const uint32_t nonce[2], uint32_t out[16])
{
	uint32_t in[16] = { 0x61707865, 0x3320646e, 0x79622d32, 0x6b206574 };
	memcpy(in + 4, key, 32);
	in[12] = (uint32_t)counter;
	in[13] = (uint32_t)(counter >> 32);
	in[14] = nonce[0];
	in[15] = nonce[1];
	uint32_t x[16];
	memcpy(x, in, sizeof x);
	for (int i = 0; i < 10; i++) {
		QUARTER(x[0], x[4], x[8], x[12]);
		QUARTER(x[1], x[5], x[9], x[13]);
		QUARTER(x[2], x[6], x[10], x[14]);
		QUARTER(x[3], x[7], x[11], x[15]);
		QUARTER(x[0], x[5], x[10], x[15]);
		QUARTER(x[1], x[6], x[11], x[12]);
		QUARTER(x[2], x[7], x[8], x[13]);
		QUARTER(x[3], x[4], x[9], x[14]);
	}
	for (int i = 0; i < 16; i++)
		out[i] = x[i] + in[i];
}

static uint64_t tsc(void)
{
	uint32_t lo, hi;
	__asm__ __volatile__("rdtsc" : "=a"(lo), "=d"(hi));
	return (uint64_t)hi << 32 | lo;
}

/* RDSEED (seed = 1) or RDRAND into *v if the CPU has it and it delivers. */
static int cpu_random(uint64_t *v, int seed)
{
	uint32_t a, b, c, d;
	if (seed) {
		__asm__("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(0));
		if (a < 7)
			return 0;
		__asm__("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(7), "c"(0));
		if (!(b & (1u << 18)))
			return 0;
	} else {
		__asm__("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(1));
		if (!(c & (1u << 30)))
			return 0;
	}
	for (int tries = 0; tries < 10; tries++) {
		unsigned char ok;
		if (seed)
			__asm__ __volatile__("rdseed %0; setc %1" : "=r"(*v), "=qm"(ok));
		else
			__asm__ __volatile__("rdrand %0; setc %1" : "=r"(*v), "=qm"(ok));
		if (ok)
			return 1;
	}
	return 0;
}

/* Fold 16 words of input into the key. */
static void absorb(const uint32_t in[16])
{
	uint32_t key[8], out[16];
	for (int i = 0; i < 8; i++)
		key[i] = g.key[i] ^ in[i];
	block(key, g.counter++, in + 8, out);
	for (int i = 0; i < 8; i++)
		g.key[i] ^= out[i] ^ out[i + 8];
}

static void seed(void)
{
	uint32_t in[16];
	for (int round = 0; round < 8; round++) {
		for (int i = 0; i < 16; i += 2) {
			uint64_t v = 0, t0 = tsc();
			/* A little work between TSC reads: its time varies. */
			for (volatile int k = 0; k < 50 + (int)(t0 & 63); k++)
				;
			if (!cpu_random(&v, 1))
				cpu_random(&v, 0);
			v ^= tsc() * 0x9e3779b97f4a7c15ull;
			in[i] = (uint32_t)v;
			in[i + 1] = (uint32_t)(v >> 32) ^ (uint32_t)t0;
		}
		struct timespec ts;
		clock_gettime(CLOCK_REALTIME, &ts);
		in[0] ^= (uint32_t)ts.tv_nsec;
		in[1] ^= (uint32_t)ts.tv_sec;
		in[2] ^= (uint32_t)getpid();
		in[3] ^= (uint32_t)(uintptr_t)&ts;
		absorb(in);
	}
	g.pid = getpid();
	g.since_seed = 0;
}

void __libc_random_bytes(void *buf, size_t n)
{
	if (!g.pid || g.pid != getpid() || g.since_seed > (1u << 20))
		seed();
	static const uint32_t stream[2] = { 0, 1 };   /* output, not seeding */
	unsigned char *p = buf;
	uint32_t out[16];
	while (n) {
		block(g.key, g.counter++, stream, out);
		size_t k = n < sizeof out ? n : sizeof out;
		memcpy(p, out, k);
		p += k;
		n -= k;
		g.since_seed += k;
	}
	/* A new key no caller saw. */
	block(g.key, g.counter++, stream, out);
	memcpy(g.key, out, sizeof g.key);
	memset(out, 0, sizeof out);
}

ssize_t getrandom(void *buf, size_t n, unsigned flags)
{
	if ((flags & ~(unsigned)(GRND_NONBLOCK | GRND_RANDOM | GRND_INSECURE)) ||
	    (flags & (GRND_RANDOM | GRND_INSECURE)) == (GRND_RANDOM | GRND_INSECURE)) {
		errno = EINVAL;
		return -1;
	}
	if (n > 33554431)       /* Linux's most per call */
		n = 33554431;
	if (n && !buf) {
		errno = EFAULT;
		return -1;
	}
	__libc_random_bytes(buf, n);
	return (ssize_t)n;
}

int getentropy(void *buf, size_t n)
{
	if (n > 256) {
		errno = EIO;
		return -1;
	}
	if (n && !buf) {
		errno = EFAULT;
		return -1;
	}
	__libc_random_bytes(buf, n);
	return 0;
}
