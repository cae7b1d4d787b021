/* libcbench.c - C library figures for `make bench`: malloc/free on a
 * mixed-size workload, memcpy and strlen bandwidth, snprintf and strtod
 * rates.  Built twice: for exov6 (run inside QEMU, exov6's libc), and for
 * the host with HOST_COMPARE, where the same loops run against glibc and
 * against exov6's own string/format/conversion code compiled for the host
 * (renamed x_, as in the differential tester; malloc gets its pages from
 * Linux's mmap there), so each line gives a ratio measured in one run. */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

struct libc {
	const char *name;
	void *(*memcpy)(void *, const void *, size_t);
	size_t (*strlen)(const char *);
	int (*snprintf)(char *, size_t, const char *, ...);
	double (*strtod)(const char *, char **);
	void *(*malloc)(size_t);
	void (*free)(void *);
};

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

#define MIB (1024 * 1024)
static char src[4 * MIB], dst[4 * MIB];
static volatile size_t sink;

static double bench_memcpy(const struct libc *c)
{
	int reps = 64;
	double t = now();
	for (int i = 0; i < reps; i++)
		c->memcpy(dst, src + (i & 7), sizeof src - 8);
	return reps * 4.0 / (now() - t);      /* MiB/s */
}

static double bench_strlen(const struct libc *c)
{
	int reps = 64;
	memset(src, 'a', sizeof src);
	src[sizeof src - 1] = 0;
	double t = now();
	for (int i = 0; i < reps; i++)
		sink += c->strlen(src + (i & 7));
	return reps * 4.0 / (now() - t);
}

static double bench_snprintf(const struct libc *c)
{
	char buf[128];
	long n = 100000;
	double t = now();
	for (long i = 0; i < n; i++)
		sink += (size_t)c->snprintf(buf, sizeof buf, "%d %s %08x %.3f %g", (int)i, "str",
					    (unsigned)i * 2654435761u, i * 0.001, i * 1e-7);
	return (double)n / (now() - t);
}

static double bench_strtod(const struct libc *c)
{
	static char nums[256][32];
	for (int i = 0; i < 256; i++)
		snprintf(nums[i], sizeof nums[i], "%.17g", (i + 1) * 3.14159265358979 * (i % 2 ? 1e-5 : 1e7));
	long n = 200000;
	double t = now(), sum = 0;
	for (long i = 0; i < n; i++)
		sum += c->strtod(nums[i & 255], 0);
	sink += (size_t)sum;
	return (double)n / (now() - t);
}

static double bench_malloc(const struct libc *c)
{
	static void *slot[1024];
	unsigned long r = 12345;
	long n = 200000;
	double t = now();
	for (long i = 0; i < n; i++) {
		r = r * 6364136223846793005ul + 1442695040888963407ul;
		unsigned k = (unsigned)(r >> 33) & 1023;
		size_t size = (r >> 20) & 7 ? 16 + ((r >> 40) & 255) : 4096 + ((r >> 40) & 65535);
		c->free(slot[k]);
		slot[k] = c->malloc(size);
	}
	for (int k = 0; k < 1024; k++) {
		c->free(slot[k]);
		slot[k] = 0;
	}
	return (double)n / (now() - t);
}

#ifdef HOST_COMPARE
void *x_memcpy(void *, const void *, size_t);
size_t x_strlen(const char *);
int x_snprintf(char *, size_t, const char *, ...);
double x_strtod(const char *, char **);
void *x_malloc(size_t);
void x_free(void *);

/* What exov6's malloc asks of the libOS, answered by Linux. */
static char libos_state[128 * 1024] __attribute__((aligned(4096)));
void *x___libos_state(void) { return libos_state; }
int x___libos_page_alloc(uintptr_t va)
{
	return mmap((void *)va, 4096, PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0) == MAP_FAILED ? -1 : 0;
}
void *x_mmap(void *a, size_t n, int prot, int flags, int fd, long off) { return mmap(a, n, prot, flags, fd, off); }
int x_munmap(void *a, size_t n) { return munmap(a, n); }
void x_abort(void) { abort(); }
int x_dprintf(int fd, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = vdprintf(fd, fmt, ap);
	va_end(ap);
	return r;
}

static const struct libc libcs[] = {
	{ "glibc", memcpy, strlen, snprintf, strtod, malloc, free },
	{ "exov6 libc (host build)", x_memcpy, x_strlen, x_snprintf, x_strtod, x_malloc, x_free },
};
#else
static const struct libc libcs[] = {
	{ "exov6 libc (in exov6)", memcpy, strlen, snprintf, strtod, malloc, free },
};
#endif
#define NLIBC (sizeof libcs / sizeof libcs[0])

int main(void)
{
	static const struct {
		const char *what, *unit;
		double (*run)(const struct libc *);
	} benches[] = {
		{ "memcpy 4 MiB", "MiB/s", bench_memcpy },
		{ "strlen 4 MiB", "MiB/s", bench_strlen },
		{ "snprintf %d %s %x %.3f %g", "calls/s", bench_snprintf },
		{ "strtod %.17g strings", "calls/s", bench_strtod },
		{ "malloc+free mixed sizes", "pairs/s", bench_malloc },
	};
	printf("%-28s", "");
	for (size_t l = 0; l < NLIBC; l++)
		printf(" %24s", libcs[l].name);
	printf("%s\n", NLIBC > 1 ? "   exov6/glibc" : "");
	for (size_t b = 0; b < sizeof benches / sizeof benches[0]; b++) {
		double v[NLIBC];
		printf("%-28s", benches[b].what);
		for (size_t l = 0; l < NLIBC; l++) {
			v[l] = benches[b].run(&libcs[l]);
			printf(" %16.0f %-7s", v[l], benches[b].unit);
		}
		if (NLIBC > 1)
			printf("   %5.2f", v[1] / v[0]);
		printf("\n");
	}
	return 0;
}
