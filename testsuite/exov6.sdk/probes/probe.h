/* probe.h - shared by the config.site probes.  Each probes/VAR.c checks,
 * inside exov6, the property that the configure check caching VAR tests
 * (written for exov6, not copied from the check), and exits 0 when the
 * answer in the SDK's config.site ("yes") is right.  It runs in a fresh
 * empty working directory and makes the files it needs itself. */
#ifndef PROBE_H
#define PROBE_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int probe_failures;

/* Record a failed expectation (with its line) without stopping. */
#define expect(cond) \
	do { \
		if (!(cond)) { \
			printf("probe %s: line %d: %s\n", __FILE__, __LINE__, #cond); \
			probe_failures++; \
		} \
	} while (0)

/* sprintf into a static buffer, to compare the result. */
static char probe_buf[10000] __attribute__((unused));
#define fmt(...) (sprintf(probe_buf, __VA_ARGS__) < 0 ? "(error)" : probe_buf)

/* Create FILE holding TEXT. */
static inline int probe_file(const char *file, const char *text)
{
	FILE *f = fopen(file, "w");
	if (!f)
		return -1;
	fputs(text, f);
	return fclose(f);
}
#endif
