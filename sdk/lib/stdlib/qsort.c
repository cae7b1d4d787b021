/* qsort.c - introsort: quicksort with a median-of-three pivot, insertion
 * sort for short runs, and heapsort when the recursion gets too deep, so
 * the worst case stays O(n log n). */
#include <stdlib.h>
#include <string.h>

typedef int (*cmp_fn)(const void *, const void *);

static void swap(char *a, char *b, size_t size)
{
	while (size--) {
		char t = *a;
		*a++ = *b;
		*b++ = t;
	}
}

static void insertion_sort(char *base, size_t n, size_t size, cmp_fn cmp)
{
	for (size_t i = 1; i < n; i++)
		for (size_t j = i; j > 0 && cmp(base + (j - 1) * size, base + j * size) > 0; j--)
			swap(base + (j - 1) * size, base + j * size, size);
}

static void sift_down(char *base, size_t root, size_t n, size_t size, cmp_fn cmp)
{
	for (size_t child; (child = 2 * root + 1) < n; root = child) {
		if (child + 1 < n && cmp(base + child * size, base + (child + 1) * size) < 0)
			child++;
		if (cmp(base + root * size, base + child * size) >= 0)
			return;
		swap(base + root * size, base + child * size, size);
	}
}

static void heap_sort(char *base, size_t n, size_t size, cmp_fn cmp)
{
	for (size_t i = n / 2; i-- > 0;)
		sift_down(base, i, n, size, cmp);
	for (size_t end = n; end-- > 1;) {
		swap(base, base + end * size, size);
		sift_down(base, 0, end, size, cmp);
	}
}

static void intro_sort(char *base, size_t n, size_t size, cmp_fn cmp, int depth)
{
	while (n > 16) {
		if (depth-- == 0) {
			heap_sort(base, n, size, cmp);
			return;
		}
		/* Median of first, middle and last goes to the front as pivot. */
		char *a = base, *m = base + n / 2 * size, *z = base + (n - 1) * size;
		if (cmp(m, a) < 0)
			swap(m, a, size);
		if (cmp(z, m) < 0) {
			swap(z, m, size);
			if (cmp(m, a) < 0)
				swap(m, a, size);
		}
		swap(base, m, size);
		size_t i = 1, j = n - 1;
		for (;;) {
			while (i < n && cmp(base + i * size, base) < 0)
				i++;
			while (cmp(base + j * size, base) > 0)
				j--;
			if (i >= j)
				break;
			swap(base + i * size, base + j * size, size);
			i++;
			j--;
		}
		swap(base, base + j * size, size);
		/* Recurse into the smaller side, loop on the larger. */
		if (j < n - j - 1) {
			intro_sort(base, j, size, cmp, depth);
			base += (j + 1) * size;
			n -= j + 1;
		} else {
			intro_sort(base + (j + 1) * size, n - j - 1, size, cmp, depth);
			n = j;
		}
	}
	insertion_sort(base, n, size, cmp);
}

void qsort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
	int depth = 0;
	for (size_t k = n; k; k >>= 1)
		depth += 2;
	if (size)
		intro_sort(base, n, size, cmp, depth);
}
