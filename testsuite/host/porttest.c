/* porttest.c - differential test against the host's glibc of the C
 * library functions ported packages reach for: the pseudo-random
 * generators (rand, rand_r, random with every state size, setstate
 * switching, the state buffers' bytes, the 48-bit family with seed48 and
 * lcong48), strverscmp, collation (strcoll strxfrm wcscoll wcsxfrm) and
 * the GNU/POSIX string additions (stpcpy stpncpy mempcpy memrchr
 * rawmemchr strchrnul strsep strsignal).  The exov6 objects are linked in
 * with every symbol renamed "x_".  Prints one "family: N cases, M
 * differences" line per family; exits non-zero if any differs.
 *   porttest [CASES [SEED]] */
#define _GNU_SOURCE
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

extern int x_errno;
int x_rand(void);
void x_srand(unsigned);
int x_rand_r(unsigned *);
long x_random(void);
void x_srandom(unsigned);
char *x_initstate(unsigned, char *, size_t);
char *x_setstate(char *);
double x_drand48(void);
double x_erand48(unsigned short[3]);
long x_lrand48(void);
long x_nrand48(unsigned short[3]);
long x_mrand48(void);
long x_jrand48(unsigned short[3]);
void x_srand48(long);
unsigned short *x_seed48(unsigned short[3]);
void x_lcong48(unsigned short[7]);
int x_strverscmp(const char *, const char *);
int x_strcoll(const char *, const char *);
size_t x_strxfrm(char *, const char *, size_t);
int x_wcscoll(const wchar_t *, const wchar_t *);
size_t x_wcsxfrm(wchar_t *, const wchar_t *, size_t);
char *x_stpcpy(char *, const char *);
char *x_stpncpy(char *, const char *, size_t);
void *x_mempcpy(void *, const void *, size_t);
void *x_memrchr(const void *, int, size_t);
void *x_rawmemchr(const void *, int);
char *x_strchrnul(const char *, int);
char *x_strsep(char **, const char *);
char *x_strsignal(int);

/* wcstring.c's wcsdup allocates through the library's malloc. */
void *x_malloc(size_t n)
{
	return malloc(n);
}

#include "xorshift.h"

static long differences, cases;
static int failed_families;

static void differ(const char *family, const char *fmt, long a, long b)
{
	if (differences++ < 20) {
		fprintf(stderr, "%s: differs: ", family);
		fprintf(stderr, fmt, a, b);
		fputc('\n', stderr);
	}
}

static void report(const char *family)
{
	printf("%s: %ld cases, %ld differences\n", family, cases, differences);
	failed_families += differences != 0;
	differences = cases = 0;
}

static int sign(long v)
{
	return (v > 0) - (v < 0);
}

/* A seed: small, large, zero and near the 32-bit edges. */
static unsigned random_seed(void)
{
	switch (next() % 4) {
	case 0: return (unsigned)(next() % 16);
	case 1: return (unsigned)next() | 0x80000000u;
	default: return (unsigned)next();
	}
}

static void test_rand(long n)
{
	for (long i = 0; i < n / 64; i++) {
		unsigned s = random_seed();
		srand(s);
		x_srand(s);
		for (int k = 0; k < 64; k++, cases++) {
			long a = rand(), b = x_rand();
			if (a != b)
				differ("rand", "rand %ld vs %ld", a, b);
		}
	}
	for (long i = 0; i < n; i++, cases++) {
		unsigned s = random_seed(), t = s;
		long a = rand_r(&s), b = x_rand_r(&t);
		if (a != b || s != t)
			differ("rand", "rand_r %ld vs %ld", a, b);
	}
	report("rand");
}

/* random(): every state size from 8 to 300 bytes, seeded at random, with
 * the state buffers compared byte for byte; setstate between two states
 * in the middle of their sequences; bad sizes and states. */
static void test_random(long n)
{
	static char hbuf[2][320] __attribute__((aligned(8)));
	static char xbuf[2][320] __attribute__((aligned(8)));
	/* The default state: the first initstate hands it back. */
	char *hdef = initstate(1, hbuf[0], 128), *xdef = x_initstate(1, xbuf[0], 128);
	setstate(hdef);
	x_setstate(xdef);
	srandom(1);
	x_srandom(1);
	for (int k = 0; k < 1000; k++, cases++)
		if (random() != x_random())
			differ("random", "default state, value %ld%ld", k, 0);
	/* Save both default states' words and compare them. */
	initstate(5, hbuf[1], 64);
	x_initstate(5, xbuf[1], 64);
	cases++;
	if (memcmp(hdef, xdef, 128) != 0)
		differ("random", "default state bytes %ld %ld", 0, 0);
	setstate(hdef);
	x_setstate(xdef);

	for (long i = 0; i < n / 100; i++) {
		size_t size[2];
		unsigned s[2];
		for (int j = 0; j < 2; j++) {
			size[j] = 8 + next() % 293;
			s[j] = random_seed();
			memset(hbuf[j], 0, sizeof hbuf[j]);
			memset(xbuf[j], 0, sizeof xbuf[j]);
			char *ho = initstate(s[j], hbuf[j], size[j]);
			char *xo = x_initstate(s[j], xbuf[j], size[j]);
			cases++;
			if ((ho == NULL) != (xo == NULL))
				differ("random", "initstate result (size %ld) %ld", (long)size[j], 0);
		}
		/* Now the second state is current; step, switch, step. */
		for (int round = 0; round < 4; round++) {
			int k = (int)(next() % 40);
			for (int m = 0; m < k; m++, cases++) {
				long a = random(), b = x_random();
				if (a != b)
					differ("random", "value after size %ld: %ld", (long)size[(round + 1) % 2], a - b);
			}
			int j = round % 2;
			char *ho = setstate(hbuf[j]), *xo = x_setstate(xbuf[j]);
			cases++;
			if ((ho == hbuf[1 - j]) != (xo == xbuf[1 - j]))
				differ("random", "setstate returns the old state %ld %ld", 0, 0);
			cases++;
			if (memcmp(hbuf[1 - j], xbuf[1 - j], size[1 - j] < 256 ? size[1 - j] : 256) != 0)
				differ("random", "saved state bytes (size %ld) %ld", (long)size[1 - j], 0);
		}
		if (next() % 4 == 0) {
			unsigned t = random_seed();
			srandom(t);
			x_srandom(t);
			for (int m = 0; m < 20; m++, cases++)
				if (random() != x_random())
					differ("random", "after srandom %ld %ld", 0, 0);
		}
	}
	/* Too small a state: EINVAL, and the generator is unchanged. */
	char tiny[8];
	errno = x_errno = 0;
	char *ho = initstate(1, tiny, 7), *xo = x_initstate(1, tiny, 7);
	cases++;
	if (ho != NULL || xo != NULL || errno != EINVAL || x_errno != EINVAL)
		differ("random", "initstate with 7 bytes: %ld %ld", (long)errno, (long)x_errno);
	for (int m = 0; m < 20; m++, cases++)
		if (random() != x_random())
			differ("random", "after a refused initstate %ld %ld", 0, 0);
	/* A state whose first word names no type. */
	int32_t bad[2] = { -3, 0 }, xbad[2] = { -3, 0 };
	errno = x_errno = 0;
	ho = setstate((char *)bad);
	xo = x_setstate((char *)xbad);
	cases++;
	if (ho != NULL || xo != NULL || errno != EINVAL || x_errno != EINVAL)
		differ("random", "setstate of a bad state: %ld %ld", (long)errno, (long)x_errno);
	for (int m = 0; m < 20; m++, cases++)
		if (random() != x_random())
			differ("random", "after a refused setstate %ld %ld", 0, 0);
	report("random");
}

static void random_x(unsigned short x[3])
{
	unsigned long long r = next();
	x[0] = (unsigned short)r;
	x[1] = (unsigned short)(r >> 16);
	x[2] = (unsigned short)(r >> 32);
}

static void test_rand48(long n)
{
	for (int k = 0; k < 100; k++, cases++)     /* unseeded: x = 0 */
		if (drand48() != x_drand48())
			differ("rand48", "unseeded drand48 %ld %ld", k, 0);
	for (long i = 0; i < n / 32; i++) {
		switch (next() % 3) {
		case 0: {
			long seed = (long)next();
			srand48(seed);
			x_srand48(seed);
			break;
		}
		case 1: {
			unsigned short s[3], t[3];
			random_x(s);
			memcpy(t, s, sizeof s);
			unsigned short *ho = seed48(s), *xo = x_seed48(t);
			cases++;
			if (memcmp(ho, xo, 6) != 0)
				differ("rand48", "seed48's old value %ld %ld", ho[0], xo[0]);
			break;
		}
		default: {
			unsigned short p[7];
			random_x(p);
			random_x(p + 3);
			p[6] = (unsigned short)next();
			lcong48(p);
			x_lcong48(p);
		}
		}
		for (int k = 0; k < 32; k++, cases++) {
			unsigned short hx[3], xx[3];
			random_x(hx);
			memcpy(xx, hx, sizeof hx);
			switch (next() % 6) {
			case 0: {
				double a = drand48(), b = x_drand48();
				if (a != b)
					differ("rand48", "drand48 %ld vs %ld", (long)(a * 1e9), (long)(b * 1e9));
				break;
			}
			case 1: {
				long a = lrand48(), b = x_lrand48();
				if (a != b)
					differ("rand48", "lrand48 %ld vs %ld", a, b);
				break;
			}
			case 2: {
				long a = mrand48(), b = x_mrand48();
				if (a != b)
					differ("rand48", "mrand48 %ld vs %ld", a, b);
				break;
			}
			case 3: {
				double a = erand48(hx), b = x_erand48(xx);
				if (a != b || memcmp(hx, xx, sizeof hx))
					differ("rand48", "erand48 %ld vs %ld", (long)(a * 1e9), (long)(b * 1e9));
				break;
			}
			case 4: {
				long a = nrand48(hx), b = x_nrand48(xx);
				if (a != b || memcmp(hx, xx, sizeof hx))
					differ("rand48", "nrand48 %ld vs %ld", a, b);
				break;
			}
			default: {
				long a = jrand48(hx), b = x_jrand48(xx);
				if (a != b || memcmp(hx, xx, sizeof hx))
					differ("rand48", "jrand48 %ld vs %ld", a, b);
			}
			}
		}
	}
	report("rand48");
}

/* A string of version-ish characters, sometimes with a byte >= 0x80. */
static void random_version(char *s, int max)
{
	static const char alphabet[] = "0000111299a.-";
	int len = (int)(next() % (unsigned)(max + 1));
	for (int i = 0; i < len; i++)
		s[i] = next() % 40 == 0 ? (char)0xe9 : alphabet[next() % (sizeof alphabet - 1)];
	s[len] = 0;
}

static void test_strverscmp(long n)
{
	char a[16], b[32];
	for (long i = 0; i < n; i++, cases++) {
		random_version(a, 10);
		if (next() % 2) {       /* a shared prefix makes the cases deep */
			int keep = (int)(next() % (strlen(a) + 1));
			memcpy(b, a, (size_t)keep);
			random_version(b + keep, 8);
		} else {
			random_version(b, 10);
		}
		int h = sign(strverscmp(a, b)), x = sign(x_strverscmp(a, b));
		if (h != x) {
			if (differences < 20)
				fprintf(stderr, "strverscmp(\"%s\", \"%s\"): glibc %d, exov6 %d\n", a, b, h, x);
			differ("strverscmp", "sign %ld vs %ld", h, x);
		}
	}
	static const char *const ordered[] = { "000", "00", "01", "010", "09", "0", "1", "9", "10" };
	for (int i = 0; i < 9; i++)
		for (int j = 0; j < 9; j++, cases++)
			if (sign(x_strverscmp(ordered[i], ordered[j])) != sign(i - j))
				differ("strverscmp", "manual's order %ld %ld", i, j);
	report("strverscmp");
}

static void random_bytes(char *s, int max)
{
	int len = (int)(next() % (unsigned)(max + 1));
	for (int i = 0; i < len; i++)
		s[i] = (char)(1 + next() % 255);
	s[len] = 0;
}

static void test_collation(long n)
{
	char a[40], b[40], hd[48], xd[48];
	wchar_t wa[40], wb[40], whd[48], wxd[48];
	for (long i = 0; i < n; i++) {
		random_bytes(a, 30);
		if (next() % 2)
			strcpy(b, a), b[next() % (strlen(a) + 1)] = (char)(1 + next() % 255);
		else
			random_bytes(b, 30);
		cases++;
		if (sign(strcoll(a, b)) != sign(x_strcoll(a, b)))
			differ("collation", "strcoll %ld %ld", strcoll(a, b), x_strcoll(a, b));
		size_t len = strlen(a), lim = next() % (len + 3);
		memset(hd, 'Q', sizeof hd);
		memset(xd, 'Q', sizeof xd);
		cases++;
		size_t hr = strxfrm(hd, a, lim), xr = x_strxfrm(xd, a, lim);
		if (hr != xr || memcmp(hd, xd, sizeof hd))
			differ("collation", "strxfrm n=%ld: %ld", (long)lim, (long)(hr - xr));
		for (size_t k = 0; k <= len; k++)
			wa[k] = (wchar_t)(unsigned char)a[k], wb[k] = (wchar_t)(unsigned char)b[k];
		for (size_t k = 0; k <= strlen(b); k++)
			wb[k] = (wchar_t)(unsigned char)b[k];
		if (next() % 4 == 0)
			wa[0] = (wchar_t)(0x10000 + next() % 0x1000);
		cases++;
		if (sign(wcscoll(wa, wb)) != sign(x_wcscoll(wa, wb)))
			differ("collation", "wcscoll %ld %ld", wcscoll(wa, wb), x_wcscoll(wa, wb));
		wmemset(whd, L'Q', 48);
		wmemset(wxd, L'Q', 48);
		cases++;
		hr = wcsxfrm(whd, wa, lim);
		xr = x_wcsxfrm(wxd, wa, lim);
		if (hr != xr || wmemcmp(whd, wxd, 48))
			differ("collation", "wcsxfrm n=%ld: %ld", (long)lim, (long)(hr - xr));
	}
	report("collation");
}

static void test_strings(long n)
{
	char src[64], hd[80], xd[80];
	for (long i = 0; i < n; i++) {
		random_bytes(src, 40);
		size_t len = strlen(src), lim = next() % (len + 8);
		memset(hd, 'Q', sizeof hd);
		memset(xd, 'Q', sizeof xd);
		cases++;
		if (stpcpy(hd, src) - hd != x_stpcpy(xd, src) - xd || memcmp(hd, xd, sizeof hd))
			differ("strings", "stpcpy %ld %ld", (long)len, 0);
		memset(hd, 'Q', sizeof hd);
		memset(xd, 'Q', sizeof xd);
		cases++;
		if (stpncpy(hd, src, lim) - hd != x_stpncpy(xd, src, lim) - xd || memcmp(hd, xd, sizeof hd))
			differ("strings", "stpncpy n=%ld len=%ld", (long)lim, (long)len);
		cases++;
		if ((char *)mempcpy(hd, src, len) - hd != (char *)x_mempcpy(xd, src, len) - xd ||
		    memcmp(hd, xd, sizeof hd))
			differ("strings", "mempcpy %ld %ld", (long)len, 0);
		int c = next() % 3 ? (unsigned char)src[next() % (len + 1)] : (int)(next() % 256);
		if (next() % 8 == 0)
			c += 256;      /* only the low byte counts */
		cases++;
		char *hr = memrchr(src, c, lim < len ? lim : len);
		char *xr = x_memrchr(src, c, lim < len ? lim : len);
		if (hr != xr)
			differ("strings", "memrchr %ld %ld", hr ? hr - src : -1, xr ? xr - src : -1);
		cases++;
		if (strchrnul(src, c) != x_strchrnul(src, c))
			differ("strings", "strchrnul %ld %ld", strchrnul(src, c) - src, x_strchrnul(src, c) - src);
		cases++;
		if (strchr(src, c) && rawmemchr(src, c) != x_rawmemchr(src, c))
			differ("strings", "rawmemchr %ld %ld", 0, 0);
		/* strsep over a copy each, with a random delimiter set. */
		char delim[4] = { 0 };
		for (int k = 0; k < (int)(next() % 4); k++)
			delim[k] = src[0] ? src[next() % (len ? len : 1)] : 'a';
		strcpy(hd, src);
		strcpy(xd, src);
		char *hp = hd, *xp = xd;
		for (;;) {
			cases++;
			char *ht = strsep(&hp, delim), *xt = x_strsep(&xp, delim);
			if ((ht ? ht - hd : -1) != (xt ? xt - xd : -1) || (hp ? hp - hd : -1) != (xp ? xp - xd : -1)) {
				differ("strings", "strsep %ld %ld", ht ? ht - hd : -1, xt ? xt - xd : -1);
				break;
			}
			if (!ht)
				break;
		}
		cases++;
		if (memcmp(hd, xd, len + 1))
			differ("strings", "strsep's cuts %ld %ld", 0, 0);
	}
	char *hp = NULL, *xp = NULL;
	cases++;
	if (strsep(&hp, ",") != NULL || x_strsep(&xp, ",") != NULL)
		differ("strings", "strsep of a NULL string %ld %ld", 0, 0);
	/* strsignal: glibc's texts for every signal exov6 has; glibc names
	 * 34..64 real-time signals, which exov6 has not. */
	for (int s = -3; s < 70; s++) {
		if (s >= 32 && s <= 64)
			continue;
		cases++;
		if (strcmp(strsignal(s), x_strsignal(s)) != 0) {
			fprintf(stderr, "strsignal(%d): \"%s\" vs \"%s\"\n", s, strsignal(s), x_strsignal(s));
			differ("strings", "strsignal %ld %ld", s, 0);
		}
	}
	cases++;
	if (strcmp(x_strsignal(40), "Unknown signal 40") != 0)
		differ("strings", "strsignal of a number with no signal %ld %ld", 40, 0);
	report("strings");
}

int main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 100000;
	rng = argc > 2 ? strtoull(argv[2], NULL, 0) : 88172645463325252ull;
	if (!rng)
		rng = 1;
	test_rand(n);
	test_random(n);
	test_rand48(n);
	test_strverscmp(n);
	test_collation(n);
	test_strings(n);
	return failed_families != 0;
}
