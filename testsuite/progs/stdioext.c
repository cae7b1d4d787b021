/* stdioext.c - the stdio pieces ported packages need, on files in /tmp
 * (exov6.libc/stdioext.exp): errno untouched by successful stream I/O,
 * <stdio_ext.h> (__fpending __freading __fwriting __freadable __fwritable
 * __flbf __fbufsize __fpurge fpurge _flushlbf __fsetlocking, and
 * __freadahead __freadptr __freadptrinc __fseterr), flockfile and
 * friends, every _unlocked function, tmpnam tmpnam_r tempnam mktemp, and
 * wide streams (fwide fgetwc getwc getwchar ungetwc fgetws fputwc putwc
 * putwchar fputws and their _unlocked forms).  The expected values are
 * glibc's (the program also builds on Linux; the few places where exov6
 * means to differ are marked).  Prints "ok TEXT" / "FAIL TEXT" lines,
 * then "done: N failures". */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wchar.h>

static int failures;

static void check(int ok, const char *what)
{
	printf("%s %s\n", ok ? "ok" : "FAIL", what);
	failures += !ok;
}

static FILE *with(const char *path, const char *content, const char *mode)
{
	FILE *f = fopen(path, "w");
	fputs(content, f);
	fclose(f);
	return fopen(path, mode);
}

static void errno_kept(void)
{
	char buf[64];
	errno = 0;
	FILE *f = fopen("/tmp/se-errno", "w+");
	check(f && errno == 0, "fopen of a new file leaves errno 0");
	int r = fputs("hello\n", f);
	check(r >= 0 && errno == 0, "the first write to a regular file leaves errno 0 (no ENOTTY)");
	rewind(f);
	errno = 0;
	check(fgetc(f) == 'h' && errno == 0, "the first read of a regular file leaves errno 0");
	check(fread(buf, 1, sizeof buf, f) == 5 && feof(f) && errno == 0,
	      "reading to end of file leaves errno 0");
	fclose(f);
	errno = 0;
	f = fopen("/tmp/se-errno", "r");
	check(fgets(buf, sizeof buf, f) && fgets(buf, sizeof buf, f) == NULL && feof(f) && errno == 0,
	      "fgets to end of file on a fresh stream leaves errno 0");
	fclose(f);

	int p[2];
	pipe(p);
	FILE *w = fdopen(p[1], "w"), *rd = fdopen(p[0], "r");
	errno = 0;
	fputs("pipe\n", w);
	fflush(w);
	check(errno == 0, "the first write to a pipe stream leaves errno 0");
	check(fgetc(rd) == 'p' && errno == 0, "the first read of a pipe stream leaves errno 0");
#ifdef __exov6__
	/* glibc leaves ESPIPE here. */
	check(fflush(rd) == 0 && errno == 0, "fflush of a pipe with input read ahead leaves errno 0");
#endif
	fclose(w);
	fclose(rd);

	errno = 0;
	fflush(stdout);
	printf("ok stdout on the console: first output\n");
	fflush(stdout);
	check(errno == 0, "the first write to stdout leaves errno 0");
	/* A failing call still sets errno. */
	f = fopen("/tmp/se-errno", "r");
	errno = 0;
	check(fputc('x', f) == EOF && errno == EBADF && ferror(f), "fputc on a read-only stream: EBADF");
	fclose(f);
}

static void ext(void)
{
	FILE *f = fopen("/tmp/se-ext", "w+");
	check(__fbufsize(f) == 0 && __fpending(f) == 0, "a new stream: no buffer yet, nothing pending");
	check(!__freading(f) && !__fwriting(f) && __freadable(f) && __fwritable(f),
	      "\"w+\" before any I/O: neither reading nor writing, readable and writable");
	fputs("abcdef", f);
	check(__fpending(f) == 6 && __fwriting(f) && !__freading(f) && __fbufsize(f) > 0,
	      "after fputs: 6 bytes pending, writing");
	check(!__flbf(f), "a file stream is not line buffered");
	fflush(f);
	check(__fpending(f) == 0 && __fwriting(f), "after fflush: nothing pending, still writing");
	fputs("XYZ", f);
	__fpurge(f);
	check(__fpending(f) == 0, "__fpurge drops pending output");
	rewind(f);
	check(__freading(f) && !__fwriting(f), "after rewind: reading (as glibc)");
	check(fgetc(f) == 'a' && __freading(f) && !__fwriting(f), "after fgetc: reading");
#ifdef __exov6__
	size_t n = 0;
	const char *p = __freadptr(f, &n);
	check(__freadahead(f) == 5 && p && n == 5 && memcmp(p, "bcdef", 5) == 0,
	      "__freadahead and __freadptr: the 5 buffered bytes");
	__freadptrinc(f, 2);
	check(fgetc(f) == 'd' && __freadahead(f) == 2, "__freadptrinc consumes from the buffer");
	ungetc('Q', f);
	check(__freadahead(f) == 3 && __freadptr(f, &n) == NULL,
	      "a pushed-back byte counts in __freadahead; __freadptr has nothing to point at");
	fgetc(f);
	__fseterr(f);
	check(ferror(f), "__fseterr sets the error indicator");
	clearerr(f);
#endif
	fclose(f);

	f = fopen("/tmp/se-ext", "r");
	check(__freading(f) && !__fwriting(f) && __freadable(f) && !__fwritable(f),
	      "\"r\": reading (read-only) before any I/O");
	fgetc(f);
#ifdef __exov6__
	check(fpurge(f) == 0 && fgetc(f) == EOF, "fpurge drops the input read ahead");
#else
	__fpurge(f);    /* glibc has no fpurge */
	check(fgetc(f) == EOF, "__fpurge drops the input read ahead");
#endif
	fclose(f);
	f = fopen("/tmp/se-ext", "a");
	check(__fwriting(f) && !__freading(f) && !__freadable(f), "\"a\": writing (write-only) before any I/O");
	fclose(f);

	fputs("", stdout);
	check(__flbf(stdout), "stdout on the console is line buffered");
	check(__fbufsize(stderr) == 1 || __fbufsize(stderr) == 0, "stderr is unbuffered");
	printf("(a partial line) ");
	_flushlbf();
	size_t pending = __fpending(stdout);
	printf("\n");
	check(pending == 0, "_flushlbf writes out line-buffered streams");
	check(__fsetlocking(stdout, FSETLOCKING_QUERY) == FSETLOCKING_INTERNAL &&
	      __fsetlocking(stdout, FSETLOCKING_BYCALLER) == FSETLOCKING_INTERNAL,
	      "__fsetlocking answers FSETLOCKING_INTERNAL");
}

static void locks(void)
{
	FILE *f = fopen("/tmp/se-lock", "w+");
	flockfile(f);
	check(ftrylockfile(f) == 0, "ftrylockfile on a stream this thread holds succeeds (recursive)");
	funlockfile(f);
	fputs_unlocked("x", f);
	funlockfile(f);
	check(ftrylockfile(f) == 0, "ftrylockfile after unlocking succeeds");
	funlockfile(f);
	fclose(f);
}

static void unlocked(void)
{
	FILE *f = fopen("/tmp/se-unl", "w+");
	putc_unlocked('a', f);
	fputc_unlocked('b', f);
	fputs_unlocked("cd\n", f);
	fwrite_unlocked("efg", 1, 3, f);
	check(fflush_unlocked(f) == 0 && ferror_unlocked(f) == 0 && fileno_unlocked(f) == fileno(f),
	      "putc_unlocked fputc_unlocked fputs_unlocked fwrite_unlocked fflush_unlocked ferror_unlocked fileno_unlocked");
	rewind(f);
	char line[16], rest[16];
	int a = getc_unlocked(f), b = fgetc_unlocked(f);
	char *s = fgets_unlocked(line, sizeof line, f);
	size_t n = fread_unlocked(rest, 1, sizeof rest, f);
	check(a == 'a' && b == 'b' && s && strcmp(line, "cd\n") == 0 && n == 3 && memcmp(rest, "efg", 3) == 0 &&
	      feof_unlocked(f), "getc_unlocked fgetc_unlocked fgets_unlocked fread_unlocked feof_unlocked");
	clearerr_unlocked(f);
	check(!feof(f), "clearerr_unlocked");
	fclose(f);
	int o = putchar_unlocked('o'), k = putchar_unlocked('k');
	printf(" putchar_unlocked wrote the two letters before this\n");
	check(o == 'o' && k == 'k', "putchar_unlocked returns its character");
}

static int exists(const char *p)
{
	struct stat st;
	return stat(p, &st) == 0;
}

static int tmp_shaped(const char *s, const char *prefix)
{
	size_t n = strlen(prefix);
	return s && strncmp(s, prefix, n) == 0 && strlen(s) == n + 6 && !strchr(s + n, '/');
}

static void tmpnames(void)
{
	char buf[L_tmpnam], *a = tmpnam(NULL), copy[L_tmpnam];
	check(tmp_shaped(a, "/tmp/file") && !exists(a), "tmpnam(NULL): /tmp/fileXXXXXX, not existing");
	strcpy(copy, a);
	check(tmpnam(buf) == buf && tmp_shaped(buf, "/tmp/file") && strcmp(buf, copy) != 0,
	      "tmpnam(buf) fills buf with another name");
	check(tmpnam_r(buf) == buf && tmpnam_r(NULL) == NULL, "tmpnam_r(buf), and NULL for tmpnam_r(NULL)");
	char *t = tempnam("/nonexistent", "abcdefgh");
	check(tmp_shaped(t, "/tmp/abcde") && !exists(t),
	      "tempnam: a missing directory falls back to /tmp, the prefix is cut to 5 characters");
	free(t);
	mkdir("/tmp/se-dir", 0700);
	t = tempnam("/tmp/se-dir/", NULL);
	check(tmp_shaped(t, "/tmp/se-dir/file"), "tempnam(dir/, NULL): dir/fileXXXXXX");
	free(t);
	setenv("TMPDIR", "/tmp/se-dir", 1);
	t = tempnam("/", "p");
	check(tmp_shaped(t, "/tmp/se-dir/p"), "tempnam: TMPDIR comes first");
	free(t);
	unsetenv("TMPDIR");
	char tmpl[] = "/tmp/se-mkXXXXXX";
	check(mktemp(tmpl) == tmpl && tmp_shaped(tmpl, "/tmp/se-mk") && !exists(tmpl), "mktemp fills the X's");
	char bad[] = "/tmp/se-mkXXXXX";
	check(mktemp(bad) == bad && bad[0] == 0, "mktemp of a template without six X's empties it");
}

static void wide(void)
{
	FILE *f = with("/tmp/se-w", "ab\x80" "cd\n", "r");
	check(fwide(f, 0) == 0, "fwide(f, 0) on a new stream: no orientation");
	wint_t a = fgetwc(f), b = getwc(f);
	check(a == L'a' && b == L'b' && fwide(f, 0) == 1, "fgetwc, getwc read characters; the stream is wide");
	errno = 0;
	wint_t c = fgetwc(f);
	check(c == WEOF && errno == EILSEQ && ferror(f) && !feof(f),
	      "fgetwc of byte 0x80 in the C locale: WEOF, EILSEQ, error indicator");
	errno = 0;
	check(fgetwc(f) == WEOF && errno == EILSEQ, "the invalid byte stays unread (glibc)");
	clearerr(f);
	check(ungetwc(L'Z', f) == L'Z' && fgetwc(f) == L'Z', "ungetwc then fgetwc");
	check(ungetwc(L'x', f) == L'x' && ungetwc(L'y', f) == L'y' && fgetwc(f) == L'y' && fgetwc(f) == L'x',
	      "two ungetwc come back last first");
	errno = 0;
	check(ungetwc(0x100, f) == 0x100 && errno == 0 && ungetwc(L'q', f) == L'q' && fgetwc(f) == L'q' &&
	      fgetwc(f) == 0x100, "ungetwc of a character with no byte form (errno untouched), and one on top of it");
	check(ungetwc(WEOF, f) == WEOF, "ungetwc(WEOF) fails");
	wchar_t ws[16];
	errno = 0;
	check(fgetws(ws, 16, f) == NULL && errno == EILSEQ && ferror(f),
	      "fgetws meeting an invalid byte: NULL, EILSEQ");
	fclose(f);

	f = fopen("/tmp/se-w2", "w+");
	check(fputwc(L'A', f) == L'A' && putwc(L'B', f) == L'B' && fwide(f, 0) == 1 && fwide(f, -1) == 1,
	      "fputwc, putwc; the orientation stays wide");
	check(fputws(L"cd\n", f) >= 0 && fputws(L"", f) >= 0, "fputws");
	errno = 0;
	wint_t r = fputwc(0x100, f);
#ifdef __exov6__
	check(r == WEOF && errno == EILSEQ && ferror(f),
	      "fputwc of a character the C locale cannot encode: WEOF, EILSEQ (glibc writes '?')");
#else
	check(r == 0x100, "glibc: fputwc of a character the C locale cannot encode writes '?'");
#endif
	clearerr(f);
#ifndef __exov6__
	fseek(f, -1, SEEK_CUR);     /* over glibc's '?' */
#endif
	check(fputws(L"ef\ngh", f) >= 0, "more fputws");
	rewind(f);
	check(fgetws(ws, 4, f) == ws && wcscmp(ws, L"ABc") == 0, "fgetws stops at n - 1 characters");
	check(fgetws(ws, 16, f) == ws && wcscmp(ws, L"d\n") == 0, "fgetws stops after the newline");
	check(fgetws(ws, 16, f) == ws && wcscmp(ws, L"ef\n") == 0 && fgetws(ws, 16, f) == ws &&
	      wcscmp(ws, L"gh") == 0 && feof(f), "fgetws of the last line without a newline");
	check(fgetws(ws, 16, f) == NULL && fgetws(ws, 0, f) == NULL, "fgetws at end of file, and with n = 0: NULL");
	check(fgetws(ws, 1, f) == ws && ws[0] == 0, "fgetws with n = 1: an empty string");
	fclose(f);

	f = fopen("/tmp/se-w3", "w+");
	fputs("xyz", f);
	check(fwide(f, 0) < 0 && fwide(f, 1) < 0, "byte output orients a stream for bytes");
	errno = 0;
	check(fputwc(L'q', f) == WEOF && fgetwc(f) == WEOF && errno == 0,
	      "wide functions on a byte stream: WEOF, errno untouched (glibc)");
	fclose(f);
	f = fopen("/tmp/se-w3", "r");
	check(fwide(f, -5) < 0 && fgetwc(f) == WEOF, "fwide(f, negative) orients for bytes");
	fclose(f);
	f = fopen("/tmp/se-w3", "w");
	fputwc(L'1', f);
	f = freopen("/tmp/se-w3", "r", f);
	check(f && fwide(f, 0) == 0, "freopen clears the orientation");
	fclose(f);

	f = fopen("/tmp/se-w4", "w+");
	fputwc_unlocked(L'u', f);
	putwc_unlocked(L'v', f);
	fputws_unlocked(L"w\n", f);
	rewind(f);
	check(fgetwc_unlocked(f) == L'u' && getwc_unlocked(f) == L'v' && fgetws_unlocked(ws, 16, f) == ws &&
	      wcscmp(ws, L"w\n") == 0, "the wide _unlocked functions");
	fclose(f);
	fflush(stdout);
	FILE *o = freopen("/tmp/se-w5", "w", stdout);
	putwchar(L'p');
	putwchar_unlocked(L'q');
	fflush(o);
	FILE *i = freopen("/tmp/se-w5", "r", stdin);
	wint_t p = getwchar(), q = getwchar_unlocked();
#ifdef __exov6__
	freopen("/dev/console", "w", stdout);
#else
	freopen("/dev/tty", "w", stdout);
#endif
	check(i && p == L'p' && q == L'q', "putwchar and getwchar (and _unlocked) on redirected stdout and stdin");
}

int main(void)
{
	errno_kept();
	ext();
	locks();
	unlocked();
	tmpnames();
	wide();
	printf("done: %d failures\n", failures);
	return failures != 0;
}
