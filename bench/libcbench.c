/* libcbench.c - C library figures for `make bench`: malloc/free on a
 * mixed-size workload, memcpy and strlen bandwidth, snprintf and strtod
 * rates.  Built twice: for exov6 (run inside QEMU, exov6's libc), and for
 * the host with HOST_COMPARE, where the same loops run against glibc and
 * against exov6's own string/format/conversion code compiled for the host
 * (renamed x_, as in the differential tester), so each line gives a ratio
 * measured in one run.  (Host mode has no exov6 malloc: it needs the
 * kernel; the malloc figure is glibc's there.) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct libc {
	const char *name;
	void *(*memcpy)(void *, const void *, size_t);
	size_t (*strlen)(const char *);
	int (*snprintf)(char *, size_t, const char *, ...);
	double (*strtod)(const char *, char **);
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

static double bench_malloc(void)
{
	static void *slot[1024];
	unsigned long r = 12345;
	long n = 200000;
	double t = now();
	for (long i = 0; i < n; i++) {
		r = r * 6364136223846793005ul + 1442695040888963407ul;
		unsigned k = (unsigned)(r >> 33) & 1023;
		size_t size = (r >> 20) & 7 ? 16 + ((r >> 40) & 255) : 4096 + ((r >> 40) & 65535);
		free(slot[k]);
		slot[k] = malloc(size);
	}
	for (int k = 0; k < 1024; k++)
		free(slot[k]);
	return (now() - t) * 1e9 / (double)n;       /* ns per malloc+free */
}

#ifdef HOST_COMPARE
void *x_memcpy(void *, const void *, size_t);
size_t x_strlen(const char *);
int x_snprintf(char *, size_t, const char *, ...);
double x_strtod(const char *, char **);

static const struct libc libcs[] = {
	{ "glibc", memcpy, strlen, snprintf, strtod },
	{ "exov6 libc (host build)", x_memcpy, x_strlen, x_snprintf, x_strtod },
};
#else
static const struct libc libcs[] = {
	{ "exov6 libc (in exov6)", memcpy, strlen, snprintf, strtod },
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
	printf("%-28s %16.0f ns/op (%s malloc)\n", "malloc+free mixed sizes", bench_malloc(), libcs[0].name);
	return 0;
}
