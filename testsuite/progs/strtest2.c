/* strtest2.c - the string additions inside exov6 (exov6.libc/strings2.exp):
 * stpcpy stpncpy mempcpy memrchr rawmemchr strchrnul strsep
 * explicit_bzero strverscmp (glibc's order of a list of versions)
 * strsignal strcoll strxfrm wcscoll wcsxfrm reallocarray, and <memory.h>.
 * The expected values are glibc's (the program builds on Linux too).
 * Prints "ok TEXT" / "FAIL TEXT" lines, then "done: N failures". */
#define _GNU_SOURCE
#include <errno.h>
#include <memory.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

static int failures;

static void check(int ok, const char *what)
{
	printf("%s %s\n", ok ? "ok" : "FAIL", what);
	failures += !ok;
}

static int sign(int v)
{
	return (v > 0) - (v < 0);
}

static void copies(void)
{
	char buf[16];
	memset(buf, 'x', sizeof buf);
	char *e = stpcpy(buf, "abc");
	check(e == buf + 3 && *e == 0 && strcmp(buf, "abc") == 0, "stpcpy returns the terminating NUL");
	check(stpcpy(buf, "") == buf, "stpcpy of an empty string");
	memset(buf, 'x', sizeof buf);
	e = stpncpy(buf, "ab", 5);
	check(e == buf + 2 && memcmp(buf, "ab\0\0\0x", 6) == 0, "stpncpy pads with NULs, returns the first");
	memset(buf, 'x', sizeof buf);
	volatile size_t four = 4, none = 0;     /* truncating on purpose */
	e = stpncpy(buf, "abcdef", four);
	check(e == buf + 4 && memcmp(buf, "abcdx", 5) == 0, "stpncpy of a longer string: dst + n, no NUL");
	check(stpncpy(buf, "q", none) == buf, "stpncpy with n = 0");
	e = mempcpy(buf, "12345", 5);
	check(e == buf + 5 && memcmp(buf, "12345", 5) == 0, "mempcpy returns the end");
	check(mempcpy(buf, "z", 0) == buf, "mempcpy of 0 bytes");
}

static void finds(void)
{
	const char *s = "abcabc";
	check(memrchr(s, 'b', 6) == s + 4 && memrchr(s, 'a', 6) == s + 3 && memrchr(s, 'a', 3) == s,
	      "memrchr finds the last occurrence");
	check(memrchr(s, 'z', 6) == NULL && memrchr(s, 'a', 0) == NULL, "memrchr: absent, and n = 0");
	check(memrchr(s, 'c' + 256, 6) == s + 5, "memrchr compares the low byte of c");
	check(rawmemchr(s, 'c') == s + 2 && rawmemchr(s, 0) == s + 6, "rawmemchr");
	check(strchrnul(s, 'c') == s + 2 && strchrnul(s, 'z') == s + 6 && strchrnul(s, 0) == s + 6,
	      "strchrnul: the character, or the terminating NUL");
}

static void seps(void)
{
	char line[] = "a,b,,c;d";
	char *p = line, *t[6];
	int n = 0;
	while ((t[n] = strsep(&p, ",;")) != NULL)
		n++;
	check(n == 5 && strcmp(t[0], "a") == 0 && strcmp(t[1], "b") == 0 && strcmp(t[2], "") == 0 &&
	      strcmp(t[3], "c") == 0 && strcmp(t[4], "d") == 0 && p == NULL,
	      "strsep: every token, empty ones included; the pointer ends NULL");
	char none[] = "whole";
	p = none;
	check(strsep(&p, "") == none && p == NULL, "strsep with no delimiters: the whole string");
	p = NULL;
	check(strsep(&p, ",") == NULL, "strsep of a NULL string: NULL");

	char secret[32];
	memset(secret, 0x5a, sizeof secret);
	explicit_bzero(secret, 20);
	int zero = 1;
	for (int i = 0; i < 20; i++)
		zero &= secret[i] == 0;
	check(zero && secret[20] == 0x5a, "explicit_bzero zeroes exactly n bytes");
}

static void versions(void)
{
	/* glibc's order (qsort with strverscmp on Linux). */
	static const char *const order[] = {
		"", "0.9", "0.10", "1.0", "a", "a000", "a00", "a010", "a09", "a0", "a1b2", "a1b10",
		"a9", "a10", "foo-1.00.tar", "foo-1.01.tar", "foo-1.0.tar", "foo-1.1.1.tar",
		"foo-1.1.tar", "foo-1.1a.tar", "foo-1.9.tar", "foo-1.10.tar", "foo-2.tar",
		"foo-10.tar", "foo.tar",
	};
	int n = sizeof order / sizeof order[0], ok = 1;
	for (int i = 0; i < n; i++)
		for (int j = 0; j < n; j++)
			if (sign(strverscmp(order[i], order[j])) != sign(i - j))
				ok = 0;
	check(ok, "strverscmp: glibc's order of 25 versions, pair by pair");
	check(strverscmp("item9", "item10") < 0 && strverscmp("12", "9") > 0 && strverscmp("1.01", "1.1") < 0,
	      "strverscmp: numbers by value, fractions digit by digit");
	check(strverscmp("x000", "x00") < 0 && strverscmp("x09", "x0") < 0 && strverscmp("abc", "abc") == 0,
	      "strverscmp: more leading zeros first; equal strings");
	check(strverscmp("\xe9", "a") > 0, "strverscmp compares bytes as unsigned");
}

static void signals(void)
{
	check(strcmp(strsignal(SIGINT), "Interrupt") == 0 && strcmp(strsignal(SIGSEGV), "Segmentation fault") == 0 &&
	      strcmp(strsignal(SIGCHLD), "Child exited") == 0 && strcmp(strsignal(SIGSYS), "Bad system call") == 0,
	      "strsignal: glibc's descriptions");
	check(strcmp(strsignal(0), "Unknown signal 0") == 0 && strcmp(strsignal(99), "Unknown signal 99") == 0 &&
	      strcmp(strsignal(-7), "Unknown signal -7") == 0, "strsignal of numbers with no signal");
}

static void collation(void)
{
	check(strcoll("abc", "abd") < 0 && strcoll("b", "a") > 0 && strcoll("x", "x") == 0 &&
	      strcoll("\xe9", "z") > 0, "strcoll is strcmp in the C locale");
	char buf[8];
	memset(buf, 'Q', sizeof buf);
	check(strxfrm(buf, "hello", sizeof buf) == 5 && strcmp(buf, "hello") == 0, "strxfrm copies in the C locale");
	memset(buf, 'Q', sizeof buf);
	check(strxfrm(buf, "hello", 3) == 5 && memcmp(buf, "helQ", 4) == 0,
	      "strxfrm into a short buffer: the length, n bytes copied (glibc)");
	check(strxfrm(NULL, "hello", 0) == 5, "strxfrm(NULL, s, 0): the length");
	wchar_t w[8];
	check(wcscoll(L"abc", L"abd") < 0 && wcscoll(L"\x100", L"z") > 0, "wcscoll is wcscmp");
	check(wcsxfrm(w, L"wide", 8) == 4 && wcscmp(w, L"wide") == 0 && wcsxfrm(NULL, L"wide", 0) == 4,
	      "wcsxfrm copies; with n = 0 only the length");
}

static void arrays(void)
{
	int *p = reallocarray(NULL, 10, sizeof(int));
	check(p != NULL, "reallocarray(NULL, 10, 4) allocates");
	p[9] = 42;
	int *q = reallocarray(p, 1000, sizeof(int));
	check(q != NULL && q[9] == 42, "reallocarray grows and keeps the contents");
	errno = 0;
	volatile size_t huge = SIZE_MAX / 2;    /* hidden from GCC's size check */
	void *r = reallocarray(q, huge, 3);
	check(r == NULL && errno == ENOMEM, "reallocarray with an overflowing product: NULL, ENOMEM");
	if (!r)
		free(q);
}

int main(void)
{
	copies();
	finds();
	seps();
	versions();
	signals();
	collation();
	arrays();
	printf("done: %d failures\n", failures);
	return failures != 0;
}
