/* randtest.c - the pseudo-random generators inside exov6
 * (exov6.libc/rand.exp), against sequences glibc 2.36 gives for the same
 * seeds (computed on Linux; exov6.host/porttest.exp compares millions
 * more on the host): rand/srand, rand_r, random/srandom, initstate with
 * every state size, setstate, the 48-bit family, and the errors (a state
 * too small, a bad state), plus getrandom, getentropy and arc4random.
 * Prints "ok TEXT" / "FAIL TEXT" lines, then "done: N failures". */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/wait.h>
#include <unistd.h>

static int failures;

static void check(int ok, const char *what)
{
	printf("%s %s\n", ok ? "ok" : "FAIL", what);
	failures += !ok;
}

static int same(const long *want, long (*gen)(void), int n)
{
	for (int i = 0; i < n; i++)
		if (gen() != want[i])
			return 0;
	return 1;
}

static long rand_l(void)
{
	return rand();
}

static void lcg31(void)
{
	/* Unseeded rand() is seeded with 1, as glibc. */
	static const long seed1[] = { 1804289383, 846930886, 1681692777, 1714636915, 1957747793 };
	check(same(seed1, rand_l, 5), "rand() before any srand: glibc's sequence for seed 1");
	srand(1);
	check(same(seed1, rand_l, 5), "srand(1): glibc's sequence");
	srand(0);
	check(same(seed1, rand_l, 3), "srand(0) is srand(1), as glibc");
	static const long r42[] = { 71876166, 708592740, 1483128881, 907283241, 442951012 };
	srandom(42);
	check(same(r42, random, 5), "srandom(42): glibc's random() sequence");
	check(RAND_MAX == 2147483647, "RAND_MAX is 2^31 - 1");

	unsigned s = 1;
	int a = rand_r(&s), b = rand_r(&s), c = rand_r(&s), d = rand_r(&s), e = rand_r(&s);
	check(a == 476707713 && b == 1186278907 && c == 505671508 && d == 2137716191 && e == 936145377 &&
	      s == 2111915288u, "rand_r from seed 1: glibc's values and final seed");
	s = 4000000000u;
	a = rand_r(&s), b = rand_r(&s), c = rand_r(&s);
	check(a == 487554599 && b == 1168232177 && c == 1272124963 && s == 572765553u,
	      "rand_r from seed 4000000000");
}

static void states(void)
{
	static const struct {
		int size;
		long v[4];
	} want[] = {
		{ 8, { 1282168116, 642666333, 712265938, 1486001571 } },
		{ 32, { 1380991591, 1769076016, 21842418, 334161865 } },
		{ 64, { 1539280666, 119640454, 760216337, 1561606870 } },
		{ 128, { 1045618677, 1863967299, 1272579899, 461085871 } },
		{ 256, { 1845920155, 920894829, 126676358, 1994262361 } },
		{ 300, { 1845920155, 920894829, 126676358, 1994262361 } },
	};
	static char buf[6][300] __attribute__((aligned(8)));
	char *prev = NULL;
	for (int k = 0; k < 6; k++) {
		char *old = initstate(7, buf[k], (size_t)want[k].size);
		char msg[96];
		snprintf(msg, sizeof msg, "initstate(7, %d bytes): glibc's sequence", want[k].size);
		check(same(want[k].v, random, 4) && (k == 0 || old == prev), msg);
		prev = buf[k];
	}
	/* Switch back to the 32-byte state: it goes on where it stopped. */
	char *old = setstate(buf[1]);
	long v = random();
	srandom(7);
	initstate(7, buf[1], 32);
	long w[5];
	for (int i = 0; i < 5; i++)
		w[i] = random();
	check(old == buf[5] && v == w[4], "setstate resumes a state where it stopped; returns the old one");
	errno = 0;
	char tiny[8];
	check(initstate(1, tiny, 7) == NULL && errno == EINVAL, "initstate with 7 bytes: NULL, EINVAL");
	int bad[2] = { -1, 0 };
	errno = 0;
	check(setstate((char *)bad) == NULL && errno == EINVAL, "setstate of a state naming no type: NULL, EINVAL");
}

static void rand48(void)
{
	double a = drand48(), b = drand48();
	check(a == 0x1.6p-45 && b == 0x1.0250b79ae8p-10, "drand48 before any seed: glibc's (x starts at 0)");
	srand48(1234);
	a = drand48();
	long l = lrand48(), m = mrand48();
	check(a == 0x1.7b54388ca202p-1 && l == 460710097 && m == 1452540047,
	      "srand48(1234): drand48, lrand48, mrand48 as glibc");
	unsigned short x[3] = { 1, 2, 3 };
	a = erand48(x);
	check(a == 0x1.c49aaf1b99ep-2 && x[0] == 59000 && x[1] == 43974 && x[2] == 28966,
	      "erand48 steps the caller's x");
	l = nrand48(x);
	m = jrand48(x);
	check(l == 565063343 && m == -1485464893 && x[0] == 7666 && x[1] == 39619 && x[2] == 42869,
	      "nrand48 and jrand48 (signed)");
	unsigned short sd[3] = { 0x1234, 0x5678, 0x9abc };
	unsigned short *old = seed48(sd);
	unsigned short o0 = old[0], o1 = old[1], o2 = old[2];
	l = lrand48();
	check(o0 == 10787 && o1 == 143 && o2 == 22164 && l == 615467189, "seed48 returns the old x");
	unsigned short p[7] = { 1, 2, 3, 5, 0, 0, 7 };
	lcong48(p);
	l = lrand48();
	m = lrand48();
	long k = mrand48();
	check(l == 491525 && m == 2457625 && k == 24576250, "lcong48 sets x, a and c");
	srand48(-1);
	check(lrand48() == 644300343, "srand48(-1): only the low 32 bits count");
	srand48(0x123456789L);
	check(lrand48() == 1707919128, "srand48(0x123456789): the high bits are dropped");
	srand48(1234);
	check(drand48() == 0x1.7b54388ca202p-1, "srand48 after lcong48 restores the default a and c");
}

static int all_same(const unsigned char *p, size_t n)
{
	for (size_t i = 1; i < n; i++)
		if (p[i] != p[0])
			return 0;
	return 1;
}

static void entropy(void)
{
	unsigned char a[64], b[64];
	memset(a, 0, sizeof a);
	memset(b, 0, sizeof b);
	check(getrandom(a, sizeof a, 0) == 64 && getrandom(b, sizeof b, GRND_NONBLOCK) == 64 &&
	      memcmp(a, b, sizeof a) != 0 && !all_same(a, sizeof a), "getrandom fills buffers, differently each call");
	errno = 0;
	check(getrandom(a, 8, 0x80) == -1 && errno == EINVAL, "getrandom with an unknown flag: EINVAL");
	errno = 0;
	check(getrandom(a, 8, GRND_RANDOM | GRND_INSECURE) == -1 && errno == EINVAL,
	      "getrandom with GRND_RANDOM | GRND_INSECURE: EINVAL (as Linux)");
	check(getrandom(a, 0, 0) == 0, "getrandom of 0 bytes: 0");
	static unsigned char big[100000];
	check(getrandom(big, sizeof big, 0) == (ssize_t)sizeof big && !all_same(big + 99000, 1000),
	      "getrandom of 100000 bytes");
	check(getentropy(big, 256) == 0, "getentropy of 256 bytes");
	errno = 0;
	check(getentropy(big, 257) == -1 && errno == EIO, "getentropy of 257 bytes: EIO");

	unsigned hist[10] = { 0 };
	int in_range = 1;
	for (int i = 0; i < 10000; i++) {
		unsigned v = arc4random_uniform(10);
		if (v >= 10)
			in_range = 0;
		else
			hist[v]++;
	}
	int even = in_range;
	for (int i = 0; i < 10; i++)
		if (hist[i] < 800 || hist[i] > 1200)
			even = 0;
	check(even, "arc4random_uniform(10): every value about 1000 times in 10000");
	check(arc4random_uniform(1) == 0 && arc4random_uniform(0) == 0, "arc4random_uniform of 0 and 1: 0");
	unsigned r1 = arc4random(), r2 = arc4random(), r3 = arc4random();
	check(!(r1 == r2 && r2 == r3), "arc4random varies");
	memset(a, 0, sizeof a);
	arc4random_buf(a, 33);
	check(!all_same(a, 33) && a[33] == 0, "arc4random_buf fills exactly n bytes");

	/* After fork the child's numbers are its own. */
	int p[2];
	pipe(p);
	fflush(stdout);
	pid_t pid = fork();
	if (pid == 0) {
		unsigned v = arc4random();
		write(p[1], &v, sizeof v);
		_exit(0);
	}
	unsigned mine = arc4random(), child = 0;
	read(p[0], &child, sizeof child);
	waitpid(pid, NULL, 0);
	check(mine != child, "a forked child does not repeat its parent's arc4random");
}

int main(void)
{
	lcg31();
	states();
	rand48();
	entropy();
	printf("done: %d failures\n", failures);
	return failures != 0;
}
