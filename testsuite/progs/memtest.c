/* memtest.c - memory from the libOS: malloc and friends (alignment,
 * zeroing, growth, bad pointers, exhaustion), anonymous mmap, munmap that
 * gives pages back, mprotect that really changes rights, and executable
 * memory.  argv[1] picks the case; "ok"/"FAIL" lines, exit = failures. */
#include <errno.h>
#include <exov6/syscall.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

static int failures;

static void check(int ok, const char *what)
{
	printf("%s %s\n", ok ? "ok" : "FAIL", what);
	failures += !ok;
}

static long free_pages(void)
{
	return exov6_syscall0(SYS_mem_free_pages);
}

/* Run fn in a child; its wait status. */
static int in_child(void (*fn)(void))
{
	pid_t pid = fork();
	if (pid == 0) {
		fn();
		_exit(0);
	}
	int status = -1;
	waitpid(pid, &status, 0);
	return status;
}

static void basics(void)
{
	char *p = malloc(100);
	check(p && (uintptr_t)p % 16 == 0, "malloc(100) is 16-byte aligned");
	memset(p, 'x', 100);
	free(p);
	int ok = 1;
	void *ptrs[500];
	for (int i = 0; i < 500; i++) {
		size_t n = (size_t)(i * 37 % 3000) + 1;
		ptrs[i] = malloc(n);
		if (!ptrs[i] || (uintptr_t)ptrs[i] % 16)
			ok = 0;
		else
			memset(ptrs[i], i & 0xff, n);
	}
	for (int i = 0; i < 500; i++) {
		size_t n = (size_t)(i * 37 % 3000) + 1;
		unsigned char *b = ptrs[i];
		if (b && (b[0] != (i & 0xff) || b[n - 1] != (i & 0xff)))
			ok = 0;
	}
	for (int i = 0; i < 500; i += 2)
		free(ptrs[i]);
	for (int i = 1; i < 500; i += 2)
		free(ptrs[i]);
	check(ok, "500 blocks of mixed sizes keep their contents");
	void *z = malloc(0);
	check(z != NULL, "malloc(0) gives a unique pointer");
	free(z);

	unsigned char *c = malloc(4096);
	memset(c, 0xaa, 4096);
	free(c);
	c = calloc(1024, 4);
	int zero = c != NULL;
	for (int i = 0; zero && i < 4096; i++)
		zero = c[i] == 0;
	check(zero, "calloc zeroes reused memory");
	free(c);
	errno = 0;
	volatile size_t huge = SIZE_MAX / 2;   /* volatile: the compiler would refuse it */
	check(calloc(huge, 4) == NULL && errno == ENOMEM, "calloc overflow is ENOMEM");

	char *r = malloc(10);
	strcpy(r, "realloc!");
	for (size_t n = 16; n <= 1 << 20; n *= 2) {
		r = realloc(r, n);
		if (!r || strcmp(r, "realloc!") != 0)
			break;
	}
	check(r && strcmp(r, "realloc!") == 0, "realloc growth to 1 MiB keeps the data");
	free(r);
	static int local;
	void *volatile foreign = &local;       /* hidden from the compiler's checks */
	errno = 0;
	check(realloc(foreign, 100) == NULL && errno == EINVAL, "realloc of a foreign pointer is EINVAL");

	char *d = strdup("a copy");
	char *e = strndup("abcdef", 3);
	check(d && e && strcmp(d, "a copy") == 0 && strcmp(e, "abc") == 0, "strdup and strndup");
	free(d);
	free(e);

	void *a = NULL;
	check(posix_memalign(&a, 4096, 1000) == 0 && (uintptr_t)a % 4096 == 0, "posix_memalign 4096");
	free(a);
	check(posix_memalign(&a, 24, 10) == EINVAL, "posix_memalign rejects alignment 24");
	a = aligned_alloc(256, 512);
	check(a && (uintptr_t)a % 256 == 0, "aligned_alloc 256");
	a = realloc(a, 100000);
	check(a != NULL, "realloc of an aligned block");
	free(a);
}

static void large(void)
{
	void *volatile warm = malloc(1 << 20);  /* warm up the libOS state */
	free(warm);
	long before = free_pages();
	char *big = malloc(8 << 20);
	check(big != NULL, "malloc 8 MiB");
	for (size_t i = 0; big && i < (8 << 20); i += 4096)
		big[i] = 1;
	long during = free_pages();
	free(big);
	long after = free_pages();
	char what[96];
	snprintf(what, sizeof what, "free of a large block returns its pages (%ld -> %ld -> %ld)",
		 before, during, after);
	check(during < before - 2000 && after == before, what);
}

static void exhaust(void)
{
	size_t total = 0;
	void *last = NULL;
	for (;;) {
		void **p = malloc(64 << 10);
		if (!p)
			break;
		*p = last;
		last = p;
		total += 64 << 10;
	}
	check(errno == ENOMEM && total > (4 << 20), "malloc until failure gives NULL and ENOMEM");
	while (last) {
		void *next = *(void **)last;
		free(last);
		last = next;
	}
	void *again = malloc(64 << 10);
	check(again != NULL, "memory is usable again after freeing");
	free(again);
}

static void bad_free(void)
{
	static int x;
	void *volatile foreign = &x;
	free(foreign);
}

static void double_free(void)
{
	void *volatile p = malloc(32);  /* volatile: keep both frees */
	free(p);
	free(p);
}

static void frees(void)
{
	int st = in_child(bad_free);
	check(WIFSIGNALED(st) && WTERMSIG(st) == 6, "free of a foreign pointer aborts");
	st = in_child(double_free);
	check(WIFSIGNALED(st) && WTERMSIG(st) == 6, "double free aborts");
}

static char *ro_page;

static void write_ro(void)
{
	ro_page[0] = 1;
}

static void maps(void)
{
	char *m = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	check(m != MAP_FAILED && m[0] == 0, "mmap 4 KiB, zero filled");
	strcpy(m, "mapped");
	check(strcmp(m, "mapped") == 0, "mapped page written and read");
	check(munmap(m, 4096) == 0, "munmap");

	errno = 0;
	check(mmap(NULL, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) == MAP_FAILED && errno == EINVAL,
	      "mmap of length 0 is EINVAL");
	errno = 0;
	check(mmap(NULL, 4096, PROT_READ, MAP_ANONYMOUS, -1, 0) == MAP_FAILED && errno == EINVAL,
	      "mmap without MAP_PRIVATE or MAP_SHARED is EINVAL");
	errno = 0;
	check(mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 3, 0) == MAP_FAILED && errno == ENODEV,
	      "file mappings are not there yet (ENODEV)");
	errno = 0;
	check(mmap((void *)0xffffffff80000000ul, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
	      == MAP_FAILED && errno == EINVAL, "MAP_FIXED at a kernel address is EINVAL");
	errno = 0;
	check(munmap((void *)0x1001, 4096) == -1 && errno == EINVAL, "munmap of an unaligned address is EINVAL");
	errno = 0;
	check(mprotect((void *)0x58000000, 4096, PROT_READ) == -1 && errno == ENOMEM,
	      "mprotect of unmapped memory is ENOMEM");

	munmap(mmap((void *)0x5a000000, 8192, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0), 8192);
	long before = free_pages();     /* after a warm-up: page tables stay */
	char *f = mmap((void *)0x5a000000, 8192, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
	check(f == (char *)0x5a000000, "MAP_FIXED maps where asked");
	munmap(f, 8192);
	check(free_pages() == before, "munmap gives the pages back");

	ro_page = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	strcpy(ro_page, "keep me");
	check(mprotect(ro_page, 4096, PROT_READ) == 0, "mprotect read-only");
	int st = in_child(write_ro);
	check(WIFSIGNALED(st) && WTERMSIG(st) == 11, "a write to a read-only page faults");
	check(mprotect(ro_page, 4096, PROT_NONE) == 0, "mprotect PROT_NONE");
	st = in_child((void (*)(void))(uintptr_t)write_ro);
	check(WIFSIGNALED(st) && WTERMSIG(st) == 11, "a PROT_NONE page faults");
	check(mprotect(ro_page, 4096, PROT_READ | PROT_WRITE) == 0 && strcmp(ro_page, "keep me") == 0,
	      "contents survive PROT_NONE and come back writable");
	ro_page[0] = 'K';
	check(ro_page[0] == 'K', "writable again");

	char *none = mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	check(none != MAP_FAILED && mprotect(none, 4096, PROT_READ | PROT_WRITE) == 0 && none[0] == 0,
	      "PROT_NONE reservation becomes a zero page");

	unsigned char *code = mmap(NULL, 4096, PROT_READ | PROT_WRITE | PROT_EXEC,
				   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	static const unsigned char ret42[] = { 0xb8, 42, 0, 0, 0, 0xc3 };  /* mov $42,%eax; ret */
	memcpy(code, ret42, sizeof ret42);
	check(((int (*)(void))(void *)code)() == 42, "PROT_EXEC memory runs generated code");
	unsigned char *heap_code = malloc(8192);
	unsigned char *page = (unsigned char *)(((uintptr_t)heap_code + 4095) & ~4095ul);
	memcpy(page, ret42, sizeof ret42);
	check(mprotect(page, 4096, PROT_READ | PROT_WRITE | PROT_EXEC) == 0 &&
	      ((int (*)(void))(void *)page)() == 42, "malloc'd memory made executable runs");
}

static void cycles(void)
{
	munmap(mmap(NULL, 8 << 20, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), 8 << 20);
	long before = free_pages();     /* after a warm-up: page tables stay */
	int ok = 1;
	size_t chunk = 8 << 20;
	for (int i = 0; i < 128 && ok; i++) {     /* 128 x 8 MiB = 1 GiB */
		char *m = mmap(NULL, chunk, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (m == MAP_FAILED) {
			ok = 0;
			break;
		}
		m[0] = m[chunk - 1] = (char)i;
		ok = munmap(m, chunk) == 0;
	}
	char what[80];
	snprintf(what, sizeof what, "1 GiB of mmap/munmap cycles (%ld pages free before, %ld after)",
		 before, free_pages());
	check(ok && free_pages() == before, what);
}

static void hog(void)
{
	for (int i = 0; i < 64; i++) {
		char *p = malloc(256 << 10);
		if (p)
			p[0] = p[(256 << 10) - 1] = 1;
	}
	mmap(NULL, 4 << 20, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
}

static void exit_frees(void)
{
	in_child(hog);                  /* warm up: our own COW copies */
	long before = free_pages();
	int st = in_child(hog);
	long after = free_pages();
	char what[96];
	snprintf(what, sizeof what, "a process exiting without free gives all back (%ld -> %ld)",
		 before, after);
	check(WIFEXITED(st) && before == after, what);
}

static const struct {
	const char *name;
	void (*run)(void);
} cases[] = {
	{ "basics", basics }, { "large", large }, { "exhaust", exhaust }, { "frees", frees },
	{ "maps", maps }, { "cycles", cycles }, { "exit", exit_frees },
};

int main(int argc, char **argv)
{
	const char *what = argc > 1 ? argv[1] : "all";
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		if (!strcmp(what, "all") || !strcmp(what, cases[i].name))
			cases[i].run();
	printf("done: %d failures\n", failures);
	return failures;
}
