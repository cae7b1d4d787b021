/* difftest.c - differential test of the C library's pure functions against
 * the host's glibc: the exov6 objects are linked in with every symbol
 * renamed "x_" (objcopy --prefix-symbols), and each family is driven with
 * random inputs.  Prints one "family: N cases, M differences" line per
 * family and exits non-zero if any differs.
 *   difftest [CASES-PER-FAMILY [SEED]] */
#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

void *x_memcpy(void *, const void *, size_t);
void *x_memmove(void *, const void *, size_t);
void *x_memset(void *, int, size_t);
int x_memcmp(const void *, const void *, size_t);
void *x_memchr(const void *, int, size_t);
size_t x_strlen(const char *);
size_t x_strnlen(const char *, size_t);
int x_strcmp(const char *, const char *);
int x_strncmp(const char *, const char *, size_t);
char *x_strchr(const char *, int);
char *x_strrchr(const char *, int);
char *x_strcpy(char *, const char *);
char *x_strncpy(char *, const char *, size_t);
char *x_strcat(char *, const char *);
size_t x_strcspn(const char *, const char *);
long long x_strtoll(const char *, char **, int);
unsigned long long x_strtoull(const char *, char **, int);
int x_vsnprintf(char *, size_t, const char *, va_list);
float x_strtof(const char *, char **);
double x_strtod(const char *, char **);
long double x_strtold(const char *, char **);
_Float128 strtof128(const char *, char **);
char *x_strncat(char *, const char *, size_t);
char *x_strstr(const char *, const char *);
size_t x_strspn(const char *, const char *);
char *x_strpbrk(const char *, const char *);
char *x_strtok_r(char *, const char *, char **);
int x_strcasecmp(const char *, const char *);
int x_strncasecmp(const char *, const char *, size_t);
void x_qsort(void *, size_t, size_t, int (*)(const void *, const void *));
void *x_bsearch(const void *, const void *, size_t, size_t, int (*)(const void *, const void *));
int x_isalnum(int), x_isalpha(int), x_isblank(int), x_iscntrl(int), x_isdigit(int);
int x_isgraph(int), x_islower(int), x_isprint(int), x_ispunct(int), x_isspace(int);
int x_isupper(int), x_isxdigit(int), x_tolower(int), x_toupper(int);
extern int x_errno;
int x_vsscanf(const char *, const char *, va_list);

/* The scanf engine allocates (%m, long fields) through these. */
void *x_malloc(size_t n) { return malloc(n); }
void *x_realloc(void *p, size_t n) { return realloc(p, n); }
void x_free(void *p) { free(p); }

#include "xorshift.h"

static int sign(int v)
{
	return (v > 0) - (v < 0);
}

static long differences;

static void differ(const char *family, const char *what)
{
	if (differences++ < 10)
		fprintf(stderr, "%s: differs: %s\n", family, what);
}

/* A short string over a small alphabet, so matches and equal prefixes are
 * common; sometimes with bytes >= 0x80. */
static void random_string(char *buf, size_t max)
{
	size_t n = next() % max;
	for (size_t i = 0; i < n; i++) {
		unsigned c = (unsigned)(next() % 6);
		buf[i] = next() % 16 == 0 ? (char)(0x80 + next() % 128) : (char)('a' + c);
	}
	buf[n] = 0;
}

static long strings(long cases)
{
	char a[80], b[80], x[200], y[200];
	long before = differences;
	for (long i = 0; i < cases; i++) {
		random_string(a, sizeof a);
		random_string(b, sizeof b);
		size_t n = next() % 90;
		int c = next() % 8 == 0 ? 0 : (int)('a' + next() % 7);
		if (x_strlen(a) != strlen(a) || x_strnlen(a, n) != strnlen(a, n))
			differ("string", "strlen/strnlen");
		if (sign(x_strcmp(a, b)) != sign(strcmp(a, b)) ||
		    sign(x_strncmp(a, b, n)) != sign(strncmp(a, b, n)))
			differ("string", "strcmp/strncmp");
		size_t m = n < sizeof a ? n : sizeof a;
		if (sign(x_memcmp(a, b, m)) != sign(memcmp(a, b, m)))
			differ("string", "memcmp");
		if (x_strchr(a, c) != strchr(a, c) || x_strrchr(a, c) != strrchr(a, c) ||
		    x_memchr(a, c, m) != memchr(a, c, m))
			differ("string", "strchr/strrchr/memchr");
		if (x_strcspn(a, b) != strcspn(a, b) || x_strspn(a, b) != strspn(a, b) ||
		    x_strpbrk(a, b) != strpbrk(a, b))
			differ("string", "strcspn/strspn/strpbrk");
		char nb[4] = { b[0], b[0] ? b[1] : 0, 0, 0 };  /* short needles match often */
		if (x_strstr(a, nb) != strstr(a, nb) || x_strstr(a, b) != strstr(a, b))
			differ("string", "strstr");
		if (sign(x_strcasecmp(a, b)) != sign(strcasecmp(a, b)) ||
		    sign(x_strncasecmp(a, b, n)) != sign(strncasecmp(a, b, n)))
			differ("string", "strcasecmp/strncasecmp");
		char t1[80], t2[80], *s1, *s2, *in1 = t1, *in2 = t2, *save1, *save2;
		strcpy(t1, a);
		strcpy(t2, a);
		const char *delim = nb[0] ? nb : "a";
		do {
			s1 = x_strtok_r(in1, delim, &save1);
			s2 = strtok_r(in2, delim, &save2);
			in1 = in2 = NULL;
			if ((s1 == NULL) != (s2 == NULL) || (s1 && s1 - t1 != s2 - t2))
				differ("string", "strtok_r");
		} while (s1 && s2);
		memset(x, 'z', sizeof x);
		memset(y, 'z', sizeof y);
		x_strcpy(x, a);
		strcpy(y, a);
		x_strcat(x, b);
		strcat(y, b);
		if (memcmp(x, y, sizeof x))
			differ("string", "strcpy/strcat");
		x_strncpy(x, b, n);
		strncpy(y, b, n);
		if (memcmp(x, y, sizeof x))
			differ("string", "strncpy");
		strcpy(x, b);
		strcpy(y, b);
		x_strncat(x, a, n);
		strncat(y, a, n);
		if (memcmp(x, y, sizeof x))
			differ("string", "strncat");
		size_t off = next() % 100, len = next() % 100, dst = next() % 100;
		for (size_t k = 0; k < sizeof x; k++)
			x[k] = y[k] = (char)next();
		x_memmove(x + dst, x + off, len);
		memmove(y + dst, y + off, len);
		if (memcmp(x, y, sizeof x))
			differ("string", "memmove");
		x_memset(x + off, c, len);
		memset(y + off, c, len);
		x_memcpy(x + 100, x, len);
		memcpy(y + 100, y, len);
		if (memcmp(x, y, sizeof x))
			differ("string", "memset/memcpy");
	}
	return differences - before;
}

static long integers(long cases)
{
	static const char *const pieces[] = { " ", "\t", "+", "-", "0", "0x", "0X", "7", "9", "f", "z",
					      "18446744073709551615", "9223372036854775808", "1", "" };
	long before = differences;
	char s[96];
	for (long i = 0; i < cases; i++) {
		s[0] = 0;
		int k = (int)(next() % 6);
		while (k--)
			strcat(s, pieces[next() % (sizeof pieces / sizeof pieces[0])]);
		if (next() % 2)
			snprintf(s + strlen(s), 24, "%llu", next() >> (next() % 64));
		int base = next() % 4 == 0 ? (int)(next() % 38) : (int)(next() % 3 == 0 ? 16 : next() % 2 ? 0 : 10);
		char *e1 = s, *e2 = s;  /* glibc leaves the end pointer alone for a bad base */
		int valid = base == 0 || (base >= 2 && base <= 36);
		errno = 0;
		x_errno = 0;
		long long r1 = x_strtoll(s, &e1, base);
		int x1 = x_errno;
		long long r2 = strtoll(s, &e2, base);
		int x2 = errno;
		char what[160];
		snprintf(what, sizeof what, "\"%s\" base %d: %lld/%td/%d vs %lld/%td/%d", s, base,
			 r1, e1 - s, x1, r2, e2 - s, x2);
		if (r1 != r2 || (valid && e1 != e2) || (x1 == ERANGE) != (x2 == ERANGE))
			differ("strtol", what);
		e1 = e2 = s;
		errno = 0;
		x_errno = 0;
		unsigned long long u1 = x_strtoull(s, &e1, base);
		x1 = x_errno;
		unsigned long long u2 = strtoull(s, &e2, base);
		x2 = errno;
		snprintf(what, sizeof what, "\"%s\" base %d: %llu/%td/%d vs %llu/%td/%d", s, base,
			 u1, e1 - s, x1, u2, e2 - s, x2);
		if (u1 != u2 || (valid && e1 != e2) || (x1 == ERANGE) != (x2 == ERANGE))
			differ("strtoul", what);
	}
	return differences - before;
}

static int x_snprintf(char *buf, size_t n, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = x_vsnprintf(buf, n, fmt, ap);
	va_end(ap);
	return r;
}

/* Integer, character, string and pointer conversions with random flags,
 * widths, precisions and length modifiers. */
static long formats(long cases)
{
	static const char convs[] = "diouxXcsp";
	static const char *const lengths[] = { "", "hh", "h", "l", "ll", "j", "z", "t" };
	long before = differences;
	char fmt[64], o1[512], o2[512];
	for (long i = 0; i < cases; i++) {
		char conv = convs[next() % (sizeof convs - 1)];
		char *p = fmt;
		*p++ = '%';
		for (int f = (int)(next() % 4); f--;)
			*p++ = "-+ #0"[next() % 5];
		int star = 0;
		if (next() % 2) {
			if (next() % 5 == 0) {
				*p++ = '*';
				star |= 1;
			} else {
				p += sprintf(p, "%d", (int)(next() % 40));
			}
		}
		if (next() % 2) {
			*p++ = '.';
			if (next() % 5 == 0) {
				*p++ = '*';
				star |= 2;
			} else {
				p += sprintf(p, "%d", (int)(next() % 30));
			}
		}
		const char *len = strchr("diouxX", conv) ? lengths[next() % 8] : "";
		p += sprintf(p, "%s%c|", len, conv);
		*p = 0;
		int w = (int)(next() % 50) - 20, pr = (int)(next() % 30) - 5;
		unsigned long long v = next() >> (next() % 64);
		const char *str = next() % 10 ? "exov6 string" : NULL;
		int r1, r2;
		size_t n = next() % 8 == 0 ? next() % 20 : sizeof o1;
		memset(o1, 'q', sizeof o1);
		memset(o2, 'q', sizeof o2);
#define BOTH(...) (r1 = x_snprintf(o1, n, fmt, __VA_ARGS__), r2 = snprintf(o2, n, fmt, __VA_ARGS__))
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
#pragma GCC diagnostic ignored "-Wformat"
		if (conv == 's') {
			if (star == 3) BOTH(w, pr, str); else if (star == 1) BOTH(w, str); else if (star == 2) BOTH(pr, str); else BOTH(str);
		} else if (conv == 'p') {
			void *ptr = (void *)(uintptr_t)v;
			if (star == 3) BOTH(w, pr, ptr); else if (star == 1) BOTH(w, ptr); else if (star == 2) BOTH(pr, ptr); else BOTH(ptr);
		} else if (conv == 'c') {
			int ch = (int)(next() % 255) + 1;
			if (star == 3) BOTH(w, pr, ch); else if (star == 1) BOTH(w, ch); else if (star == 2) BOTH(pr, ch); else BOTH(ch);
		} else {
			if (star == 3) BOTH(w, pr, v); else if (star == 1) BOTH(w, v); else if (star == 2) BOTH(pr, v); else BOTH(v);
		}
#pragma GCC diagnostic pop
		if (r1 != r2 || memcmp(o1, o2, sizeof o1)) {
			char what[600];
			snprintf(what, sizeof what, "%s n=%zu star=%d w=%d p=%d v=%llx: [%.*s] vs [%.*s]", fmt, n,
				 star, w, pr, v, r1 > 200 ? 200 : r1, o1, r2 > 200 ? 200 : r2, o2);
			differ("printf", what);
		}
	}
	return differences - before;
}

/* Numbered arguments (%N$, *N$) in random order and repeated, now and then
 * mixed with unnumbered ones (which count on from the first argument, as
 * glibc), over arguments of every kind. */
static long positional(long cases)
{
	/* The arguments' kinds: int, long long, double, string, int, int,
	 * long double, int. */
	static const char *const convs[] = { "d", "llu", "f", "s", ".3d", "hhx", "Lg", "c" };
	static const char *const more[] = { "i", "lx", "e", "s", "X", "hu", "Le", "o" };
	static const char *const more2[] = { "x", "jd", "a", ".2s", "u", "hhd", "La", "hd" };
	char fmt[512], o1[1024], o2[1024];
	long before = differences;
	for (long i = 0; i < cases; i++) {
		int nargs = 1 + (int)(next() % 8), order[24], n = 0, mixed = next() % 3 == 0, posn = 0;
		for (int k = 0; k < nargs; k++)
			order[n++] = k;
		for (int extra = (int)(next() % 8); extra--;)
			order[n++] = (int)(next() % (unsigned)nargs);
		for (int k = n - 1; k > 0; k--) {
			int j = (int)(next() % (unsigned)(k + 1)), t = order[k];
			order[k] = order[j];
			order[j] = t;
		}
		char *f = fmt;
		for (int k = 0; k < n; k++) {
			/* every argument numbered at least once, so none is skipped
			 * (a skipped one would be read as an int) */
			int plain = mixed && posn < nargs && next() % 3 == 0;
			int idx = plain ? posn++ : order[k];
			k -= plain;
			f += sprintf(f, "[%%");
			if (!plain)
				f += sprintf(f, "%d$", idx + 1);
			/* Not '0' with a width from *N$ for a float: glibc then pads a
			 * negative width with zeros on the right (none for %a), a
			 * quirk of its numbered path only, not copied. */
			int star = !plain && next() % 4 == 0 && nargs > 5;
			if (next() % 3 == 0)
				*f++ = "-+ #0"[next() % (star && (idx == 2 || idx == 6) ? 4 : 5)];
			if (star)
				f += sprintf(f, "*%d$", next() % 2 ? 5 : 6);
			else if (next() % 3 == 0)
				f += sprintf(f, "%d", (int)(next() % 20));
			const char *const *table = next() % 3 == 0 ? more : next() % 2 ? more2 : convs;
			f += sprintf(f, "%s]", table[idx]);
		}
		*f = 0;
		int a0 = (int)next(), a4 = (int)(next() % 40) - 20, a5 = (int)(next() % 30) - 5;
		int a7 = (int)(next() % 200) + 32;
		long long a1 = (long long)next();
		double a2 = (double)(long long)(next() % 2000000) / 64;
		long double a6 = (long double)a2 * 3;
		const char *a3 = "numbered";
		size_t size = next() % 8 == 0 ? next() % 30 : sizeof o1;
		memset(o1, 'q', sizeof o1);
		memset(o2, 'q', sizeof o2);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
		int r1 = x_snprintf(o1, size, fmt, a0, a1, a2, a3, a4, a5, a6, a7);
		int r2 = snprintf(o2, size, fmt, a0, a1, a2, a3, a4, a5, a6, a7);
#pragma GCC diagnostic pop
		if (r1 != r2 || memcmp(o1, o2, sizeof o1)) {
			char what[3000];
			snprintf(what, sizeof what, "%s: [%.*s] vs [%.*s]", fmt, r1 > 900 ? 900 : r1, o1,
				 r2 > 900 ? 900 : r2, o2);
			differ("printf positional", what);
		}
	}
	printf("printf positional: %ld cases, %ld differences\n", cases, differences - before);
	return differences - before;
}

/* A double from a random bit pattern (so NaN, infinity, subnormals, huge
 * and tiny values all appear) or a "nice" one: a small integer, a short
 * decimal, or a dyadic fraction (exact ties when rounded in decimal). */
static double random_double(void)
{
	static const double scale[] = { 1, 10, 100, 1000, 1e4, 1e5, 1e6, 1e7, 1e8 };
	unsigned long long b = next();
	double d;
	switch (next() % 4) {
	case 0:
		d = (double)(long long)(next() % 2000) - 1000;
		break;
	case 1:
		d = (double)(long long)(next() % 2000000) / scale[next() % 9];
		break;
	case 2:
		d = (double)(next() % 1000000) / (double)(1ull << (next() % 40));
		break;
	default:
		memcpy(&d, &b, sizeof d);
	}
	return next() % 2 && d == d ? -d : d;
}

/* A valid x87 80-bit pattern: the explicit integer bit set exactly when
 * the exponent is nonzero; the exponent is drawn from the whole range now
 * and then (a %Lf of one near 2^16383 has 4933 digits), else from +-400
 * around 1; sometimes infinity or NaN, sometimes a "nice" double. */
static long double random_long_double(void)
{
	union {
		long double v;
		struct {
			unsigned long long m;
			unsigned short se;
		} bits;
	} u = { 0 };
	unsigned r = (unsigned)(next() % 64);
	if (r < 8)
		return (long double)random_double();
	int e = r == 8 ? (int)(next() % 32767) : r == 9 ? 0x7fff : 16383 - 400 + (int)(next() % 801);
	u.bits.m = next() >> (next() % 4 == 0 ? next() % 64 : 0);
	u.bits.m = e ? u.bits.m | 1ull << 63 : u.bits.m & ~(1ull << 63);
	if (e == 0x7fff && next() % 2)
		u.bits.m = 1ull << 63;  /* infinity */
	u.bits.se = (unsigned short)(e | (next() % 2) << 15);
	return u.v;
}

/* glibc's own error in %#g: when rounding carries a value with P - 1
 * integer digits up to 10^P (99.7 at %#.2g), glibc switches to style e but
 * keeps style f's empty fraction, printing "1.e+02" where C requires P
 * significant digits, "1.0e+02".  Such a case is recognised when glibc
 * prints "1." straight before the exponent and our output is exactly
 * glibc's own %#.*e of the value with precision P - 1 (the correct style e
 * conversion). */
static long glibc_errors;

static int glibc_hash_g_error(const char *fmt, const char *theirs, const char *ours, int width,
			      int precision, int is_long, long double v)
{
	char conv = fmt[strlen(fmt) - 2], ref_fmt[32], ref[8192];
	if ((conv != 'g' && conv != 'G') || !strchr(fmt, '#') ||
	    !strstr(theirs, conv == 'g' ? "1.e" : "1.E"))
		return 0;
	size_t flags = strspn(fmt + 1, "-+ #0");
	snprintf(ref_fmt, sizeof ref_fmt, "%%%.*s*.*%s%c|", (int)flags, fmt + 1, is_long ? "L" : "",
		 conv == 'g' ? 'e' : 'E');
	int p = precision < 0 ? 6 : precision == 0 ? 1 : precision;
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
	if (is_long)
		snprintf(ref, sizeof ref, ref_fmt, width, p - 1, v);
	else
		snprintf(ref, sizeof ref, ref_fmt, width, p - 1, (double)v);
#pragma GCC diagnostic pop
	return strcmp(ref, ours) == 0;
}

/* Floating-point conversions with random flags, widths and precisions. */
static long float_formats(long cases, int is_long)
{
	static const char convs[] = "aAeEfFgG";
	static char o1[8192], o2[8192];
	const char *family = is_long ? "printf long double" : "printf float";
	long before = differences, errors = glibc_errors;
	char fmt[64];
	memset(o1, 'q', sizeof o1);     /* and reset after each case */
	memset(o2, 'q', sizeof o2);
	for (long i = 0; i < cases; i++) {
		char *p = fmt;
		*p++ = '%';
		for (int f = (int)(next() % 4); f--;)
			*p++ = "-+ #0"[next() % 5];
		int w = (int)(next() % 50) - 20, pr = (int)(next() % 66) - 5;
		int star = 0, width = 0, precision = -1;
		if (next() % 2) {
			if (next() % 5 == 0) {
				*p++ = '*';
				star |= 1;
				width = w;
			} else {
				p += sprintf(p, "%d", width = (int)(next() % 40));
			}
		}
		if (next() % 4) {
			*p++ = '.';
			if (next() % 5 == 0) {
				*p++ = '*';
				star |= 2;
				precision = pr;
			} else {
				p += sprintf(p, "%d", precision = (int)(next() % 61));
			}
		}
		p += sprintf(p, "%s%c|", is_long ? "L" : "", convs[next() % 8]);
		size_t n = next() % 8 == 0 ? next() % 20 : sizeof o1;
		long double v = is_long ? random_long_double() : random_double();
		int r1, r2;
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
#pragma GCC diagnostic ignored "-Wformat"
		if (is_long) {
			if (star == 3) BOTH(w, pr, v); else if (star == 1) BOTH(w, v); else if (star == 2) BOTH(pr, v); else BOTH(v);
		} else {
			double d = (double)v;
			if (star == 3) BOTH(w, pr, d); else if (star == 1) BOTH(w, d); else if (star == 2) BOTH(pr, d); else BOTH(d);
		}
#pragma GCC diagnostic pop
		size_t used = (size_t)(r1 > r2 ? r1 : r2) + 17;
		used = used < sizeof o1 ? used : sizeof o1;
		if (r1 != r2 || memcmp(o1, o2, used)) {
			if (n == sizeof o1 && glibc_hash_g_error(fmt, o2, o1, width, precision, is_long, v)) {
				glibc_errors++;
			} else {
				char what[600];
				snprintf(what, sizeof what, "%s n=%zu star=%d w=%d p=%d: [%.*s] vs [%.*s]",
					 fmt, n, star, w, pr, r1 > 200 ? 200 : r1, o1, r2 > 200 ? 200 : r2, o2);
				differ(family, what);
			}
		}
		memset(o1, 'q', used);
		memset(o2, 'q', used);
	}
	printf("%s: %ld cases, %ld differences\n", family, cases, differences - before);
	if (glibc_errors > errors)
		printf("%s: %ld of glibc's own %%#g errors (\"1.e+02\" for 1.0e+02), counted apart\n",
		       family, glibc_errors - errors);
	return differences - before;
}

/* String to floating point: 0 float, 1 double, 2 long double. */
static const char *const conversion_names[] = { "strtof", "strtod", "strtold" };

/* The value's bytes (10 for long double: the rest is padding). */
static void convert_both(int type, const char *s, unsigned char *v1, unsigned char *v2,
			 char **e1, char **e2, int *x1, int *x2)
{
	errno = 0;
	x_errno = 0;
	if (type == 0) {
		float a = x_strtof(s, e1), b = strtof(s, e2);
		memcpy(v1, &a, 4), memcpy(v2, &b, 4);
	} else if (type == 1) {
		double a = x_strtod(s, e1), b = strtod(s, e2);
		memcpy(v1, &a, 8), memcpy(v2, &b, 8);
	} else {
		long double a = x_strtold(s, e1), b = strtold(s, e2);
		memcpy(v1, &a, 10), memcpy(v2, &b, 10);
	}
	*x1 = x_errno;
	*x2 = errno;
}

/* A random positive finite value of the type as a long double, and the
 * next one up (bit pattern plus one).  Doubles from the whole range a
 * quarter of the time, else within 2^+-64 (their expansions are short);
 * long doubles within 2^+-1000, where %.800Le is exact. */
static void random_neighbours(int type, long double *x, long double *y)
{
	if (type == 0) {
		unsigned b = (unsigned)(next() % 0x7f800000u), c = b + 1;
		float f, g;
		memcpy(&f, &b, 4), memcpy(&g, &c, 4);
		*x = f, *y = g;
	} else if (type == 1) {
		unsigned long long b = next() % 0x7ff0000000000000ull, c;
		if (next() % 4)
			b = (b & ((1ull << 52) - 1)) | (unsigned long long)(1023 - 64 + next() % 129) << 52;
		c = b + 1;
		double f, g;
		memcpy(&f, &b, 8), memcpy(&g, &c, 8);
		*x = f, *y = g;
	} else {
		union {
			long double v;
			struct {
				unsigned long long m;
				unsigned short se;
			} bits;
		} u = { 0 };
		u.bits.m = next() | 1ull << 63;
		u.bits.se = (unsigned short)(16383 - (next() % 4 ? 64 : 1000) + next() % 2001);
		*x = u.v;
		if (++u.bits.m == 0) {
			u.bits.m = 1ull << 63;
			u.bits.se++;
		}
		*y = u.v;
	}
}

/* The exact midpoint of x < y (same decimal exponent in %Le), or x
 * itself: as "dd.ddd...e+X". */
static void midpoint(char *out, long double x, long double y, int exact_x)
{
	static char a[900], b[900];
	union {
		long double v;
		struct {
			unsigned long long m;
			unsigned short se;
		} bits;
	} u = { x };
	/* Enough digits for every digit of x * 2^-1 and y: 64 bits, and per
	 * binary place 0.302 digits before the point, 0.7 after it. */
	int e = (u.bits.se ? u.bits.se : 1) - 16383 - 64;
	int precision = e >= 0 ? 25 + 302 * e / 1000 : 25 + 7 * -e / 10;
	precision = precision < 800 ? precision : 800;
	snprintf(a, sizeof a, "%.*Le", precision, x);
	snprintf(b, sizeof b, "%.*Le", precision, y);
	char *ea = strchr(a, 'e'), *eb = strchr(b, 'e');
	if (exact_x || strcmp(ea, eb)) {
		strcpy(out, a);
		return;
	}
	int n = (int)(ea - a) - 1, sum[802], carry = 0;
	if (n > 1 && a[n] != '0' && b[n] != '0') {  /* not exact: no midpoint */
		strcpy(out, a);
		return;
	}    /* digits without the point */
	for (int i = n - 1; i >= 0; i--) {
		int k = i ? i + 1 : 0;
		sum[i + 1] = a[k] - '0' + b[k] - '0' + carry;
		carry = sum[i + 1] / 10;
		sum[i + 1] %= 10;
	}
	sum[0] = carry;
	char *o = out;
	int r = 0;
	for (int i = 0; i <= n + 1; i++) {
		int v = r * 10 + (i <= n ? sum[i] : 0);
		*o++ = (char)('0' + v / 2);
		r = v % 2;
		if (i == 1)
			*o++ = '.';
	}
	strcpy(o, ea);
}

static void random_digits(char **p, long n)
{
	for (long i = 0; i < n; i++)
		*(*p)++ = (char)('0' + next() % 10);
}

/* glibc's own error: with hexadecimal input and a subnormal result it
 * loses the bits shifted out, so it may round wrongly ("0x303F606p-152" to
 * float gives 0x1.81fbp-127, but the exact value is 0x607ec0.c units of
 * 2^-149, which rounds up to 0x1.81fb04p-127) and miss ERANGE for an
 * inexact tiny result ("0x.1F0FE3DP-123").  Recognised when ours equals
 * an exact reference: glibc's strtof128 (exact for up to 28 significant
 * hex digits) rounded once by a conversion to the type, ERANGE when that
 * overflows, or is inexact and tiny (below 2^emin when rounded to the
 * type's precision with an unbounded exponent: scaled by 2^100). */
static long glibc_hex_errors;

static int glibc_hex_error(int type, const char *s, const unsigned char *ours, int our_errno)
{
	const char *p = strpbrk(s, "xX");
	int digits = 0, pending = 0;
	if (!p)
		return 0;
	for (p++; *p == '0' || *p == '.'; p++)
		;
	for (; isxdigit((unsigned char)*p) || *p == '.'; p++)
		if (*p != '.')
			pending++, digits = *p != '0' ? pending : digits;
	if (digits > 28)
		return 0;
	_Float128 exact = strtof128(s, NULL), scaled = (exact < 0 ? -exact : exact) * 0x1p100;
	unsigned char ref[16];
	int inexact, tiny, overflow;
	if (type == 0) {
		float f = (float)exact;
		memcpy(ref, &f, 4);
		inexact = f != exact, tiny = (float)scaled < 0x1p-26f, overflow = f - f != 0;
	} else if (type == 1) {
		double d = (double)exact;
		memcpy(ref, &d, 8);
		inexact = d != exact, tiny = (double)scaled < 0x1p-922, overflow = d - d != 0;
	} else {
		long double l = (long double)exact;
		memcpy(ref, &l, 10);
		inexact = l != exact, tiny = (long double)scaled < 0x1p-16282L, overflow = l - l != 0;
	}
	return memcmp(ref, ours, type == 0 ? 4 : type == 1 ? 8 : 10) == 0 &&
	       (our_errno == ERANGE) == (overflow || (tiny && inexact));
}

static long conversions(long cases, int type)
{
	static const char *const specials[] = { "inf", "INFINITY", "infinit", "-Inf", "nan", "-NaN",
		"nan(123)", "nan(0x7fffff)", "nan(abc_9)", "nan(", "nan()x", "nan(0x)", "nan(1 2)",
		"nan(99999999999999999999999)", "0x", "0x.p1", "0xg", "1e", "1e+", ".e1", ".", "-", "+.5",
		"0x1p", "0X1.P-2x", "1.e2", "\t\n 12", "00000.00000e99999999999", "-0", "0e-999999" };
	static const int exp_range[] = { 60, 420, 5100 };  /* strtold's: 1 in 8, else 420 */
	static char s[12000];
	const char *name = conversion_names[type];
	long before = differences, errors = glibc_hex_errors;
	for (long i = 0; i < cases; i++) {
		char *p = s;
		unsigned kind = (unsigned)(next() % 16);
		if (next() % 4 == 0)
			*p++ = "+- \t"[next() % 4];
		if (kind == 0) {
			p += sprintf(p, "%s", specials[next() % (sizeof specials / sizeof specials[0])]);
		} else if (kind < 6) {          /* near and at halfway points */
			long double x, y;
			random_neighbours(type, &x, &y);
			midpoint(p, x, y, kind == 1);
			char *e = strchr(p, 'e');
			char tail[16];
			strcpy(tail, e);
			p = e;
			if (kind == 3)          /* just below: cut short */
				p -= next() % (unsigned long)(e - s - 3);
			else if (kind == 4)     /* just above */
				p += sprintf(p, "%0*d1", (int)(next() % 40), 0);
			else if (kind == 5 && next() % 8 == 0) /* a long tail of zeros */
				for (long k = (long)(next() % 10000); k--;)
					*p++ = '0';
			p += sprintf(p, "%s", tail);
		} else if (kind < 13) {         /* random decimal */
			long n = next() % 8 == 0 ? (long)(next() % 800) + 1 : (long)(next() % 25) + 1;
			long point = (long)(next() % (unsigned long)(n + 2)) - 1;
			for (long k = (long)(next() % 3); k--;)
				*p++ = '0';
			random_digits(&p, point < 0 ? n : point);
			if (point >= 0) {
				*p++ = '.';
				random_digits(&p, n - point);
			}
			int range = exp_range[type - (type == 2 && next() % 8)];
			if (next() % 4)
				p += sprintf(p, "%c%+ld", "eE"[next() % 2],
					     (long)(next() % (unsigned long)(2 * range + 1)) - range - n / 2);
		} else {                        /* random hex */
			p += sprintf(p, "0%c", "xX"[next() % 2]);
			int n = (int)(next() % 40) + 1, point = (int)(next() % (unsigned)(n + 2)) - 1;
			for (int k = 0; k < n; k++) {
				if (k == point)
					*p++ = '.';
				*p++ = "0123456789abcdefABCDEF"[next() % (next() % 4 ? 22 : 1)];
			}
			if (next() % 8)
				p += sprintf(p, "%c%+d", "pP"[next() % 2],
					     (int)(next() % (unsigned)(8 * exp_range[type])) - 4 * exp_range[type] - 4 * n);
		}
		if (next() % 4 == 0)
			*p++ = "xe.+-9 p("[next() % 9];
		*p = 0;
		unsigned char v1[16], v2[16];
		char *e1, *e2;
		int x1, x2;
		convert_both(type, s, v1, v2, &e1, &e2, &x1, &x2);
		size_t size = type == 0 ? 4 : type == 1 ? 8 : 10;
		if (e1 == e2 && (x1 != x2 || memcmp(v1, v2, size)) && glibc_hex_error(type, s, v1, x1)) {
			glibc_hex_errors++;
		} else if (memcmp(v1, v2, size) || e1 != e2 || x1 != x2) {
			char what[400];
			snprintf(what, sizeof what, "\"%.200s\"%s: end %td/%td errno %d/%d", s,
				 strlen(s) > 200 ? "..." : "", e1 - s, e2 - s, x1, x2);
			differ(name, what);
		}
	}
	printf("%s: %ld cases, %ld differences\n", name, cases, differences - before);
	if (glibc_hex_errors > errors)
		printf("%s: %ld of glibc's own errors (value or ERANGE) with subnormal hex input, counted apart\n", name,
		       glibc_hex_errors - errors);
	return differences - before;
}

static int compare_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}

/* 12-byte records ordered by key only: odd element size, many ties. */
struct record {
	int key, tag, pad;
};

static int compare_record(const void *a, const void *b)
{
	return compare_int(&((const struct record *)a)->key, &((const struct record *)b)->key);
}

static long sorting(long cases)
{
	static int a[400], b[400];
	static struct record r[400], q[400];
	long before = differences;
	for (long i = 0; i < cases; i++) {
		size_t n = next() % 400;
		int range = (int)(next() % 1000) + 1;
		int pattern = (int)(next() % 4);     /* random, sorted, reversed, constant */
		for (size_t k = 0; k < n; k++) {
			int v = pattern == 0 ? (int)(next() % (unsigned)range) - range / 2
				: pattern == 1 ? (int)k : pattern == 2 ? (int)(n - k) : 7;
			a[k] = b[k] = v;
			r[k] = q[k] = (struct record){ v, (int)k, 0 };
		}
		x_qsort(a, n, sizeof a[0], compare_int);
		qsort(b, n, sizeof b[0], compare_int);
		if (memcmp(a, b, n * sizeof a[0]))
			differ("qsort", "int arrays");
		x_qsort(r, n, sizeof r[0], compare_record);
		qsort(q, n, sizeof q[0], compare_record);
		for (size_t k = 0; k < n; k++)
			if (r[k].key != q[k].key)
				differ("qsort", "12-byte records");
		int key = (int)(next() % (unsigned)range) - range / 2;
		const int *f1 = x_bsearch(&key, a, n, sizeof a[0], compare_int);
		const int *f2 = bsearch(&key, b, n, sizeof b[0], compare_int);
		if ((f1 == NULL) != (f2 == NULL) || (f1 && *f1 != key))
			differ("bsearch", "found or not");
	}
	printf("qsort/bsearch: %ld arrays, %ld differences\n", cases, differences - before);
	return differences - before;
}

/* Every class function and case mapping for EOF and all byte values. */
static long classes(void)
{
	static int (*const ours[])(int) = { x_isalnum, x_isalpha, x_isblank, x_iscntrl, x_isdigit,
		x_isgraph, x_islower, x_isprint, x_ispunct, x_isspace, x_isupper, x_isxdigit,
		x_tolower, x_toupper };
	static int (*const theirs[])(int) = { isalnum, isalpha, isblank, iscntrl, isdigit,
		isgraph, islower, isprint, ispunct, isspace, isupper, isxdigit, tolower, toupper };
	long before = differences, n = 0;
	for (size_t f = 0; f < sizeof ours / sizeof ours[0]; f++)
		for (int c = -1; c < 256; c++, n++) {
			int x = ours[f](c), y = theirs[f](c);
			if (f < 12 ? !x != !y : x != y)
				differ("ctype", "class or case mapping");
		}
	printf("ctype: %ld cases, %ld differences\n", n, differences - before);
	return differences - before;
}

static int x_sscanf(const char *s, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = x_vsscanf(s, fmt, ap);
	va_end(ap);
	return r;
}

static const char *pick(const char *const *v, size_t n)
{
	return v[next() % n];
}
#define PICK(v) pick(v, sizeof v / sizeof v[0])

/* Input text for one conversion: usually a match, often a near miss. */
static void scan_input(char **p, char conv, const char *set)
{
	static const char *const odd_numbers[] = { "", "-", "+", "0x", "0X", "-0x", "0xg", "(nil)",
		"(nil", "(NIL)", "0", "00", "08", "0x0", "99999999999999999999999", "-9223372036854775809",
		"18446744073709551616", "4294967296", "-2147483649", "65536", "256", "-129" };
	static const char *const odd_floats[] = { "inf", "INF", "infinity", "InFiNiTy", "infin", "in",
		"nan", "NAN", "-nan", "na", "nan(12)", "0x", "0x.", "0xp1", "0x1p", "0x1p+", "1e", "1e+",
		"1e-x", ".", "-.", ".5", "-.5e-3", "+", "-", "1.5.6", "0x1.8p3", "0X.Ap-2", "1e400",
		"-1e-400", "1e-40", "0x1p-30", "00.0e0", "12345678901234567890123", "e5", "0e", "0x1e2" };
	static const char *const words[] = { "a", "ab", "abc", "hello", "x-y", "]", "a]b", "^", "12ab",
		"\xe9t\xe9", "bca", "cab-" };
	char *q = *p;
	unsigned k = (unsigned)(next() % 4);
	switch (conv) {
	case 'd': case 'i': case 'o': case 'u': case 'x': case 'X': case 'p':
		if (k == 0) {
			q += sprintf(q, "%s", PICK(odd_numbers));
		} else {
			if (next() % 3 == 0)
				*q++ = "+-"[next() % 2];
			if (next() % 3 == 0)
				q += sprintf(q, "%s", next() % 2 ? "0x" : "0");
			unsigned long long v = next() >> (next() % 64);
			q += sprintf(q, k == 1 ? "%llu" : k == 2 ? "%llo" : "%llx", v);
		}
		break;
	case 'a': case 'e': case 'f': case 'g': case 'E': case 'G':
		if (k == 0) {
			q += sprintf(q, "%s", PICK(odd_floats));
		} else if (k == 1) {    /* hexadecimal, exponents well inside every format */
			q += sprintf(q, "%s0x%llx%s%llxp%d", next() % 3 ? "" : "-", next() % 100000,
				     next() % 2 ? "." : "", next() >> (next() % 64), (int)(next() % 40) - 20);
		} else {
			double d;
			unsigned long long bits = next();
			memcpy(&d, &bits, sizeof d);
			if (next() % 2)
				d = (double)(long long)(next() % 2000000) / (double)(1 + next() % 1000);
			static const char *const ffmt[] = { "%g", "%.17g", "%e", "%.3f", "%.25e", "%G", "%.0f" };
			q += snprintf(q, 400, PICK(ffmt), d);
		}
		break;
	case 's': case 'c':
		q += sprintf(q, "%s", PICK(words));
		break;
	case '[': {     /* mostly bytes of the set, then one that may not be */
		size_t n = strlen(set);
		for (int i = (int)(next() % 8); n && i--;)
			*q++ = set[next() % n];
		*q++ = "abcxyz-]^019 "[next() % 13];
		break;
	}
	case '%':
		*q++ = next() % 8 ? '%' : '&';
		break;
	}
	*p = q;
}

/* Random scanf formats (conversions with '*', widths, 'm', lengths, literal
 * text and whitespace) on inputs built to match them, then damaged now and
 * then; the return value, every assigned byte and %n must agree. */
static long scans(long cases)
{
	static const char convs[] = "diouxXpaefgEGcs[n%";
	static const char *const int_len[] = { "", "", "", "hh", "h", "l", "ll", "j", "z", "t", "q" };
	static const char *const float_len[] = { "", "l", "L" };
	static const char *const sets[] = { "abc", "^abc", "a-c", "]a", "^]a", "-a", "a-", "0-9x",
		"^ ", "c-a", "^-0-9", "]-a" };
	static const char *const literals[] = { ",", ":", "x", "ab", "%%", "-", "0" };
	enum { SLOTS = 8, SLOT = 512 };
	static char input[8192], fmt[256];
	static unsigned char mine[SLOTS][SLOT], theirs[SLOTS][SLOT];
	long before = differences;
	for (long i = 0; i < cases; i++) {
		char *f = fmt, *in = input;
		int ndir = 1 + (int)(next() % 4), slot = 0, alloc[SLOTS] = { 0 };
		for (int d = 0; d < ndir; d++) {
			if (next() % 4 == 0) {
				f += sprintf(f, "%s", next() % 2 ? " " : PICK(literals));
				if (f[-1] == ' ')
					in += sprintf(in, "%s", (const char *[]){ "", " ", "\t\n", "  " }[next() % 4]);
				else
					in += sprintf(in, "%s", f[-1] == '%' ? "%" : f[-1] == 'b' ? "ab" : (char[]){ f[-1], 0 });
			}
			char conv = convs[next() % (sizeof convs - 1)];
			int suppress = conv != '%' && next() % 6 == 0;
			*f++ = '%';
			if (suppress)
				*f++ = '*';
			if (next() % 3 == 0 && conv != 'n' && conv != '%')
				f += sprintf(f, "%d", (int)(next() % 12));
			/* %m: 1 for a string, 2 for %mc (not terminated: the first byte compared) */
			int m = !suppress && strchr("cs[", conv) && next() % 4 == 0 ? 1 + (conv == 'c') : 0;
			if (m)
				*f++ = 'm';
			if (strchr("diouxXn", conv))
				f += sprintf(f, "%s", PICK(int_len));
			else if (strchr("aefgEG", conv))
				f += sprintf(f, "%s", PICK(float_len));
			*f++ = conv;
			const char *set = "";
			if (conv == '[') {
				set = PICK(sets);
				f += sprintf(f, "%s]", set);
				set = set[0] == '^' ? "abc019" : set;
			}
			if (next() % 3 == 0)    /* whitespace before the field */
				in += sprintf(in, "%s", next() % 2 ? " " : "\n\t ");
			scan_input(&in, conv, set);
			if (!suppress && conv != '%' && slot < SLOTS)
				alloc[slot++] = m;
		}
		*f = 0;
		*in = 0;
		size_t len = (size_t)(in - input);
		if (len && next() % 4 == 0)     /* damage: cut short or one byte changed */
			input[next() % len] = next() % 2 ? 0 : "0123456789abcdefxXpP+-.eEinfINFNa ()\t\n,:%"[next() % 43];
		memset(mine, 0xa5, sizeof mine);
		memset(theirs, 0xa5, sizeof theirs);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
		int r1 = x_sscanf(input, fmt, mine[0], mine[1], mine[2], mine[3], mine[4], mine[5], mine[6], mine[7]);
		int r2 = sscanf(input, fmt, theirs[0], theirs[1], theirs[2], theirs[3], theirs[4], theirs[5],
				theirs[6], theirs[7]);
#pragma GCC diagnostic pop
		int same = r1 == r2;
		for (int k = 0; k < SLOTS; k++) {
			if (!alloc[k]) {
				same &= !memcmp(mine[k], theirs[k], SLOT);
				continue;
			}
			char *a, *b;    /* %m: the strings, when both were assigned */
			memcpy(&a, mine[k], sizeof a);
			memcpy(&b, theirs[k], sizeof b);
			int set_a = mine[k][0] != 0xa5 || mine[k][1] != 0xa5;
			int set_b = theirs[k][0] != 0xa5 || theirs[k][1] != 0xa5;
			same &= set_a == set_b && (!set_a || (a && b ? alloc[k] == 2 ? *a == *b : !strcmp(a, b) : a == b));
			if (set_a)
				free(a);
			if (set_b)
				free(b);
		}
		if (!same) {
			static char what[5 * sizeof input], shown[4 * sizeof input];
			char *w = shown;
			for (const unsigned char *c = (const unsigned char *)input; *c; c++)
				w += isprint(*c) ? sprintf(w, "%c", *c) : sprintf(w, "\\x%02x", *c);
			*w = 0;
			snprintf(what, sizeof what, "sscanf(\"%s\", \"%s\"): %d vs %d", shown, fmt, r1, r2);
			differ("sscanf", what);
		}
	}
	printf("sscanf: %ld cases, %ld differences\n", cases, differences - before);
	return differences - before;
}

int main(int argc, char **argv)
{
	long cases = argc > 1 ? atol(argv[1]) : 1000000;
	rng = argc > 2 ? strtoull(argv[2], NULL, 10) : 88172645463325252ull;
	long d;
	classes();
	sorting(cases / 20);
	d = strings(cases);
	printf("string: %ld cases, %ld differences\n", cases, d);
	d = integers(cases);
	printf("strtol: %ld cases, %ld differences\n", cases, d);
	d = formats(cases);
	printf("printf (integers, strings, pointers): %ld cases, %ld differences\n", cases, d);
	positional(cases);
	float_formats(cases, 0);
	float_formats(cases, 1);
	for (int type = 0; type < 3; type++)
		conversions(cases, type);
	scans(cases);
	return differences != 0;
}
