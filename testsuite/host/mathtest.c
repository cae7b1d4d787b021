/* mathtest.c - the math library against the host's glibc: our objects are
 * linked in with every symbol renamed "x_" (objcopy --prefix-symbols).
 * Each function, in each type, is driven with random inputs (random bit
 * patterns, special values and values in the function's interesting
 * range).  Exact functions must agree with glibc bit for bit (a NaN
 * agrees with any NaN) and in errno; the others must agree in errno and
 * in the class of the result, and stay within their ulp bound: float and
 * double results against glibc's long double function (error in ulps of
 * the result type; float against glibc's double, double against its
 * long double), long double results against glibc's long double
 * (distance in ulps).  Prints one line per function and type:
 *   NAME: N cases, M differences, max U ulp (bound B)
 * and exits non-zero if any differs.
 *   mathtest [CASES [SEED [NAME...]]] */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

extern int x_errno;

/* Every function is called as long double f(a, b, c, &aux): arguments
 * and result widened (exactly) to long double, integer results in aux. */
typedef long double fn_t(long double, long double, long double, long *);

/* A value as an integer that is equal exactly when the values are (any
 * NaN equals any NaN), for results passed back in aux. */
static long bits_of(long double v)
{
	if (isnan(v))
		return 1;
	unsigned long m;
	unsigned short se;
	memcpy(&m, &v, 8);
	memcpy(&se, (char *)&v + 8, 2);
	return (long)(m ^ (unsigned long)se << 48 ^ (unsigned long)se);
}

/* remquo's quotient as C defines it: the sign and the low three bits
 * (glibc sometimes gives more). */
static long quo8(int q)
{
	return q < 0 ? -(-(long)q % 8) : q % 8;
}

/* Adapters, for glibc (g_) and ours (o_), per type suffix. */
#define ADAPT(pfx, call, T, S, body) \
	static long double pfx##_##call##_##S(long double a, long double b, long double c, long *q) \
	{ (void)a; (void)b; (void)c; (void)q; T A = a, B = b, C = c; (void)A; (void)B; (void)C; body; }
#define ALL3(kind, n) kind(n, float, f, n##f) kind(n, double, d, n) kind(n, long double, l, n##l)

#define K1(n, T, S, f) T x_##f(T); \
	ADAPT(g, n, T, S, return f(A)) ADAPT(o, n, T, S, return x_##f(A))
#define K2(n, T, S, f) T x_##f(T, T); \
	ADAPT(g, n, T, S, return f(A, B)) ADAPT(o, n, T, S, return x_##f(A, B))
#define K3(n, T, S, f) T x_##f(T, T, T); \
	ADAPT(g, n, T, S, return f(A, B, C)) ADAPT(o, n, T, S, return x_##f(A, B, C))
#define KL(n, T, S, f) long x_##f(T); \
	ADAPT(g, n, T, S, *q = f(A); return 0) ADAPT(o, n, T, S, *q = x_##f(A); return 0)
#define KI(n, T, S, f) int x_##f(T); \
	ADAPT(g, n, T, S, *q = f(A); return 0) ADAPT(o, n, T, S, *q = x_##f(A); return 0)
#define KQ(n, T, S, f) T x_##f(T, T, int *); \
	ADAPT(g, n, T, S, int i = 0; T r = f(A, B, &i); *q = isnan(r) ? 0 : quo8(i); return r) \
	ADAPT(o, n, T, S, int i = 0; T r = x_##f(A, B, &i); *q = isnan(r) ? 0 : quo8(i); return r)
#define KE(n, T, S, f) T x_##f(T, int *); \
	ADAPT(g, n, T, S, int i = 0; T r = f(A, &i); *q = isfinite(r) ? i : 0; return r) \
	ADAPT(o, n, T, S, int i = 0; T r = x_##f(A, &i); *q = isfinite(r) ? i : 0; return r)
#define KN(n, T, S, f) T x_##f(T, int); \
	ADAPT(g, n, T, S, return f(A, (int)b)) ADAPT(o, n, T, S, return x_##f(A, (int)b))
#define KNL(n, T, S, f) T x_##f(T, long); \
	ADAPT(g, n, T, S, return f(A, (long)b)) ADAPT(o, n, T, S, return x_##f(A, (long)b))
#define KM(n, T, S, f) T x_##f(T, T *); \
	ADAPT(g, n, T, S, T i; T r = f(A, &i); *q = bits_of(i); return r) \
	ADAPT(o, n, T, S, T i; T r = x_##f(A, &i); *q = bits_of(i); return r)
#define KT(n, T, S, f) T x_##f(T, long double); \
	ADAPT(g, n, T, S, return f(A, b)) ADAPT(o, n, T, S, return x_##f(A, b))
#define KG(n, T, S, f) T x_##f(T); extern int x_signgam; \
	ADAPT(g, n, T, S, T r = f(A); *q = signgam; return r) \
	ADAPT(o, n, T, S, T r = x_##f(A); *q = x_signgam; return r)

/* The functions: adapters, then the table. */
#define FUNCS(X) \
	X(K1, fabs) X(K2, copysign) X(K1, floor) X(K1, ceil) X(K1, trunc) X(K1, round) \
	X(KL, lround) X(KL, llround) X(K1, rint) X(KL, lrint) X(KL, llrint) X(K1, nearbyint) \
	X(K2, fmod) X(K2, remainder) X(KQ, remquo) X(KE, frexp) X(KN, ldexp) X(KN, scalbn) \
	X(KNL, scalbln) X(KM, modf) X(K1, logb) X(KI, ilogb) X(K2, nextafter) X(KT, nexttoward) \
	X(K2, fmin) X(K2, fmax) X(K2, fdim) X(K3, fma) X(K1, sqrt) \
	X(K1, exp) X(K1, exp2) X(K1, expm1) X(K1, log) X(K1, log2) X(K1, log10) X(K1, log1p) \
	X(K2, pow) X(K1, cbrt) X(K2, hypot) X(K1, sin) X(K1, cos) X(K1, tan) \
	X(K1, asin) X(K1, acos) X(K1, atan) X(K2, atan2) X(K1, sinh) X(K1, cosh) X(K1, tanh) \
	X(K1, asinh) X(K1, acosh) X(K1, atanh) X(K1, erf) X(K1, erfc) X(K1, tgamma) X(KG, lgamma)
#define X(kind, n) ALL3(kind, n)
FUNCS(X)
#undef X

/* Argument kinds. */
enum { VAL, INT, LDBL };

struct row {
	const char *name;
	int type;  /* 0 float, 1 double, 2 long double */
	fn_t *g, *o;
	int args[3], nargs;
	long double lo, hi;  /* the interesting range */
	double bound[3];  /* ulps, per type; 0: exact */
};

#define ROW(n, t, S, k1, k2, k3, na, lo, hi, bf, bd, bl) \
	{ #n, t, g_##n##_##S, o_##n##_##S, { k1, k2, k3 }, na, lo, hi, { bf, bd, bl } }
#define ROWS(n, k1, k2, k3, na, lo, hi, bf, bd, bl) \
	ROW(n, 0, f, k1, k2, k3, na, lo, hi, bf, bd, bl), \
	ROW(n, 1, d, k1, k2, k3, na, lo, hi, bf, bd, bl), \
	ROW(n, 2, l, k1, k2, k3, na, lo, hi, bf, bd, bl)
#define EXACT1(n, lo, hi) ROWS(n, VAL, VAL, VAL, 1, lo, hi, 0, 0, 0)
#define EXACT2(n, lo, hi) ROWS(n, VAL, VAL, VAL, 2, lo, hi, 0, 0, 0)
/* Float within 1 ulp of the correct result, double within BD, long
 * double within BL ulps of glibc's (docs/MATH.md). */
#define APPROX1(n, lo, hi, bd, bl) ROWS(n, VAL, VAL, VAL, 1, lo, hi, 1, bd, bl)
#define APPROX2(n, lo, hi, bd, bl) ROWS(n, VAL, VAL, VAL, 2, lo, hi, 1, bd, bl)

static const struct row rows[] = {
	EXACT1(fabs, -10, 10), EXACT2(copysign, -10, 10),
	EXACT1(floor, -1e6, 1e6), EXACT1(ceil, -1e6, 1e6), EXACT1(trunc, -1e6, 1e6),
	EXACT1(round, -1e6, 1e6), EXACT1(lround, -1e6, 1e6), EXACT1(llround, -1e6, 1e6),
	EXACT1(rint, -1e6, 1e6), EXACT1(lrint, -1e6, 1e6), EXACT1(llrint, -1e6, 1e6),
	EXACT1(nearbyint, -1e6, 1e6),
	EXACT2(fmod, -1e3, 1e3), EXACT2(remainder, -1e3, 1e3), EXACT2(remquo, -1e3, 1e3),
	EXACT1(frexp, -1e3, 1e3),
	ROWS(ldexp, VAL, INT, VAL, 2, -10, 10, 0, 0, 0),
	ROWS(scalbn, VAL, INT, VAL, 2, -10, 10, 0, 0, 0),
	ROWS(scalbln, VAL, INT, VAL, 2, -10, 10, 0, 0, 0),
	EXACT1(modf, -1e6, 1e6), EXACT1(logb, -1e3, 1e3), EXACT1(ilogb, -1e3, 1e3),
	EXACT2(nextafter, -2, 2), ROWS(nexttoward, VAL, LDBL, VAL, 2, -2, 2, 0, 0, 0),
	EXACT2(fmin, -2, 2), EXACT2(fmax, -2, 2), EXACT2(fdim, -2, 2),
	ROWS(fma, VAL, VAL, VAL, 3, -2, 2, 0, 0, 0),
	EXACT1(sqrt, 0, 1e6),
	APPROX1(exp, -20, 20, 1, 2), APPROX1(exp2, -30, 30, 1, 2), APPROX1(expm1, -2, 2, 1, 4),
	APPROX1(log, 0, 10, 1, 2), APPROX1(log2, 0, 10, 1, 2), APPROX1(log10, 0, 1000, 1, 2),
	APPROX1(log1p, -1, 2, 1, 2), APPROX2(pow, -4, 4, 1, 128), APPROX1(cbrt, -100, 100, 1, 2),
	APPROX2(hypot, -10, 10, 1, 2), APPROX1(sin, -10, 10, 1, 2), APPROX1(cos, -10, 10, 1, 2),
	APPROX1(tan, -10, 10, 1, 4), APPROX1(asin, -1, 1, 1, 2), APPROX1(acos, -1, 1, 1, 2),
	APPROX1(atan, -10, 10, 1, 2), APPROX2(atan2, -10, 10, 1, 2), APPROX1(sinh, -20, 20, 1, 4),
	APPROX1(cosh, -20, 20, 1, 4), APPROX1(tanh, -5, 5, 1, 6), APPROX1(asinh, -100, 100, 1, 4),
	APPROX1(acosh, 1, 100, 1, 4), APPROX1(atanh, -1, 1, 1, 4), APPROX1(erf, -4, 4, 1, 24),
	APPROX1(erfc, -3, 10, 1, 64), APPROX1(tgamma, -30, 40, 1, 64),
	APPROX1(lgamma, -30, 40, 1, 128),
};

/* Precision and least normal exponent per type. */
static const int prec[3] = { 24, 53, 64 }, emin[3] = { -126, -1022, -16382 }, emax[3] = { 127, 1023, 16383 };

#include "xorshift.h"

static long double uniform(void)
{
	return (next() >> 11) * 0x1p-53L;
}

/* Round v to the type. */
static long double to_type(long double v, int type)
{
	return type == 0 ? (float)v : type == 1 ? (double)v : v;
}

/* A random value of the type: raw bits, special values, any magnitude,
 * or the interesting range. */
static long double gen(int type, long double lo, long double hi)
{
	static const long double special[] = { 0.0L, -0.0L, 1, -1, 0.5L, -0.5L, 1.5L, -2.5L,
		INFINITY, -INFINITY, NAN, -NAN, 2, 3, 0x1p-16445L, 0x1p-149L, 0x1p-1074L, 0x1p-126L,
		0x1p-1022L, FLT_MAX, DBL_MAX, LDBL_MAX, 1e-300L, 1e300L, 0x1p63L, -0x1p63L, 0x1p52L };
	unsigned long long r = next();
	switch (r % 16) {
	case 0: case 1: case 2: case 3: {  /* random bits */
		unsigned long long b = next();
		if (type == 0) {
			unsigned u = (unsigned)b;
			float f;
			memcpy(&f, &u, 4);
			return f;
		}
		if (type == 1) {
			double d;
			memcpy(&d, &b, 8);
			return d;
		}
		unsigned short se = (unsigned short)(r >> 16);
		b = (se & 0x7fff) ? b | 1ull << 63 : b & ~(1ull << 63);
		long double v = 0;
		memcpy(&v, &b, 8);
		memcpy((char *)&v + 8, &se, 2);
		return v;
	}
	case 4:
		return to_type(special[(r >> 8) % (sizeof special / sizeof special[0])], type);
	case 5: case 6: case 7: {  /* any magnitude */
		int e = (int)((r >> 8) % (unsigned)(emax[type] - emin[type] + prec[type] + 2)) + emin[type] - prec[type];
		long double v = ldexpl(1 + uniform(), e);
		return to_type(r >> 40 & 1 ? -v : v, type);
	}
	default:
		return to_type(lo + (hi - lo) * uniform(), type);
	}
}

static long double gen_int(void)
{
	unsigned long long r = next();
	switch (r % 4) {
	case 0: case 1:
		return (long)(r >> 8) % 200 - 100;
	case 2:
		return (long)(r >> 8) % 40000 - 20000;
	default:
		return (int)(r >> 16);
	}
}

/* v's position among the long doubles, counting up from zero. */
static __int128 order(long double v)
{
	unsigned long long m;
	unsigned short se;
	memcpy(&m, &v, 8);
	memcpy(&se, (char *)&v + 8, 2);
	__int128 k = (__int128)((se & 0x7fff) ? (se & 0x7fff) - 1 : 0) << 63;
	k += m;
	return se & 0x8000 ? -k : k;
}

/* The error of r against the reference ref, in ulps of the type. */
static long double ulps(long double r, long double ref, int type)
{
	if (type == 2) {
		__int128 d = order(r) - order(ref);
		return d < 0 ? -(long double)d : (long double)d;
	}
	int e = ref == 0 ? emin[type] : ilogbl(ref);
	if (e < emin[type])
		e = emin[type];
	return fabsl(r - ref) / ldexpl(1, e - prec[type] + 1);
}

/* The reference for float results: glibc's double function; for double
 * results: glibc's long double one. */
static fn_t *reference(const struct row *row)
{
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
		if (rows[i].type == row->type + 1 && strcmp(rows[i].name, row->name) == 0)
			return rows[i].g;
	return NULL;
}

/* glibc's remainder sometimes gives a zero the sign opposite to x's (for
 * large x over a tiny y); IEEE 754 asks for x's sign, which we give. */
static int ieee_zero(const struct row *row, long double x, long double r)
{
	return (strcmp(row->name, "remainder") == 0 || strcmp(row->name, "remquo") == 0) &&
		signbit(r) == signbit(x);
}

/* glibc's powl(-inf, y) for y = -2^63 gives +inf; C99 asks for +0. */
static int glibc_powl_bug(const struct row *row, const long double *in, long double ro)
{
	return strcmp(row->name, "pow") == 0 && row->type == 2 && isinf(in[0]) && in[0] < 0 &&
		in[1] == -0x1p63L && ro == 0 && !signbit(ro);
}

/* Underflow: we set ERANGE when a result from non-zero arguments is
 * zero; glibc's float functions and pow also do for some subnormal
 * results, and its pow not for some zeros.  An errno of 0 against ERANGE
 * passes when both results are below the least normal number. */
static int uflow_errno(const struct row *row, long double rg, long double ro, int eg, int eo)
{
	long double least = ldexpl(1, emin[row->type]);
	return eg + eo == ERANGE && !(eg && eo) && fabsl(rg) < least && fabsl(ro) < least;
}

static const char suffix[3][2] = { "f", "", "l" };

static int run(const struct row *row, long cases)
{
	fn_t *ref = reference(row);
	double bound = row->bound[row->type];
	long diffs = 0;
	long double max = 0;
	for (long i = 0; i < cases; i++) {
		long double in[3] = { 0, 0, 0 };
		for (int k = 0; k < row->nargs; k++)
			in[k] = row->args[k] == INT ? gen_int() :
				gen(row->args[k] == LDBL && next() % 2 ? 2 : row->type, row->lo, row->hi);
		if (row->args[1] == VAL && row->nargs >= 2 && next() % 8 == 0)
			in[1] = to_type(in[0] * (1 + uniform() * 0x1p-20L), row->type);  /* close pairs */
		long qg = 0, qo = 0;
		errno = 0;
		long double rg = row->g(in[0], in[1], in[2], &qg);
		int eg = errno;
		x_errno = 0;
		long double ro = row->o(in[0], in[1], in[2], &qo);
		int eo = x_errno;
		int bad = (eg != eo && !uflow_errno(row, rg, ro, eg, eo)) || qg != qo || isnan(rg) != isnan(ro) ||
			((isinf(rg) || isinf(ro)) && rg != ro && !glibc_powl_bug(row, in, ro)) ||
			(rg == 0 && ro == 0 && signbit(rg) != signbit(ro) && !ieee_zero(row, in[0], ro));
		long double err = 0;
		if (!bad && !isnan(rg) && !isinf(rg)) {
			if (bound == 0)
				bad = rg != ro || (signbit(rg) != signbit(ro) && !ieee_zero(row, in[0], ro));
			else {
				long double rr = row->type == 2 ? rg : ref(in[0], in[1], in[2], &qg);
				err = ulps(ro, rr, row->type);
				/* lgamma of negative x near its zeros: absolute error
				 * 2^-58 instead (not counted in the maximum) */
				if (strcmp(row->name, "lgamma") == 0 && in[0] < 0 && err > bound &&
				    fabsl(ro - rr) <= 0x1p-58L)
					err = 0;
				bad = err > bound;
				if (err > max)
					max = err;
			}
		}
		if (bad && diffs++ < 5)
			fprintf(stderr, "%s%s(%La, %La, %La): glibc %La (errno %d, aux %ld), ours %La (errno %d, aux %ld), %.3Lg ulp\n",
				row->name, suffix[row->type], in[0], in[1], in[2], rg, eg, qg, ro, eo, qo, err);
	}
	printf("%s%s: %ld cases, %ld differences, max %.3Lf ulp (bound %g)\n",
		row->name, suffix[row->type], cases, diffs, max, bound);
	fflush(stdout);
	return diffs != 0;
}

int main(int argc, char **argv)
{
	long cases = argc > 1 ? atol(argv[1]) : 1000000;
	unsigned long long seed = argc > 2 ? strtoull(argv[2], NULL, 0) : 88172645463325252ull;
	setvbuf(stdout, NULL, _IOLBF, 0);
	/* Two workers take alternate rows. */
	int workers = 2, failed = 0;
	size_t nrows = sizeof rows / sizeof rows[0];
	for (int w = 0; w < workers; w++) {
		if (fork() != 0)
			continue;
		int bad = 0;
		for (size_t i = w; i < nrows; i += workers) {
			char name[40];
			snprintf(name, sizeof name, "%s%s", rows[i].name, suffix[rows[i].type]);
			int chosen = argc <= 3;
			for (int a = 3; a < argc; a++)
				chosen |= strcmp(argv[a], rows[i].name) == 0 || strcmp(argv[a], name) == 0;
			if (!chosen)
				continue;
			rng = seed + i;
			bad |= run(&rows[i], cases);
		}
		_exit(bad);
	}
	for (int w = 0; w < workers; w++) {
		int st;
		wait(&st);
		failed |= !WIFEXITED(st) || WEXITSTATUS(st) != 0;
	}
	return failed;
}
