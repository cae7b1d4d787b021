/* stdiotest.c - the C library's FILE streams and scanf family inside
 * exov6, on files in /tmp of the root image.  Prints "ok TEXT" / "FAIL
 * TEXT" lines, then "done: N failures" (exov6.libc/stdio.exp).
 *   stdiotest files      modes, reading, writing, seeking, ungetc, getline,
 *                        1 MB fread/fwrite, errors, tmpfile, freopen, fdopen
 *   stdiotest buffering  _IOFBF, _IOLBF, _IONBF seen through a second fd
 *   stdiotest processes  a pipe between forked processes, flushing at exit
 *                        and not at _exit, stdout redirected by freopen
 *   stdiotest perror     perror's text
 *   stdiotest scan       the scanf family on strings and streams
 *   stdiotest order      printf, puts, putchar and fputs(stdout) in order */
#define _GNU_SOURCE     /* asprintf */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static int failures;

static void check(int ok, const char *what)
{
	printf("%s %s\n", ok ? "ok" : "FAIL", what);
	failures += !ok;
}

/* The whole file at path (up to size bytes) in buf: its length, or -1. */
static long slurp(const char *path, char *buf, size_t size)
{
	int fd = open(path, O_RDONLY);
	if (fd < 0)
		return -1;
	size_t n = 0;
	ssize_t r;
	while (n < size && (r = read(fd, buf + n, size - n)) > 0)
		n += (size_t)r;
	close(fd);
	return (long)n;
}

static int file_is(const char *path, const char *text)
{
	char buf[4096];
	long n = slurp(path, buf, sizeof buf);
	return n == (long)strlen(text) && memcmp(buf, text, (size_t)n) == 0;
}

static int put_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	return f && fputs(text, f) != EOF && fclose(f) == 0;
}

/* Bytes of path that a reader sees now (through its own descriptor). */
static long visible(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 ? (long)st.st_size : -1;
}

static void test_modes(void)
{
	char line[256];
	errno = 0;
	check(fopen("/tmp/no-such-file", "r") == NULL && errno == ENOENT, "fopen of a missing file: NULL, ENOENT");
	errno = 0;
	check(fopen("/tmp/m", "q") == NULL && errno == EINVAL, "fopen with a bad mode: NULL, EINVAL");
	errno = 0;
	check(fopen("/tmp/m", "") == NULL && errno == EINVAL, "fopen with an empty mode: EINVAL");

	FILE *f = fopen("/tmp/m", "w");
	check(f && fputs("hello\n", f) >= 0 && fprintf(f, "%d %s\n", 42, "x") == 5 && fclose(f) == 0,
	      "w: fputs, fprintf, fclose");
	check(file_is("/tmp/m", "hello\n42 x\n"), "w: the file holds what was written");
	f = fopen("/tmp/m", "r");
	check(f && fgets(line, sizeof line, f) && !strcmp(line, "hello\n"), "r: fgets reads one line");
	check(fgets(line, 3, f) && !strcmp(line, "42"), "r: fgets stops at n - 1 bytes");
	check(fgetc(f) == ' ' && getc(f) == 'x' && fgetc(f) == '\n', "r: fgetc and getc");
	check(fgetc(f) == EOF && feof(f) && !ferror(f), "r: EOF sets the end-of-file indicator");
	check(fgets(line, sizeof line, f) == NULL, "r: fgets at EOF is NULL");
	clearerr(f);
	check(!feof(f), "clearerr clears it");
	check(fputc('z', f) == EOF && ferror(f), "r: writing fails and sets the error indicator");
	check(fclose(f) == 0, "r: fclose");

	f = fopen("/tmp/m", "a");
	check(f && fputs("tail\n", f) >= 0 && fseek(f, 0, SEEK_SET) == 0 && fputs("end\n", f) >= 0 &&
	      fgetc(f) == EOF && ferror(f) && fclose(f) == 0, "a: writes go to the end even after a seek; reading fails");
	check(file_is("/tmp/m", "hello\n42 x\ntail\nend\n"), "a: appended");

	f = fopen("/tmp/m", "r+");
	check(f && fgetc(f) == 'h' && fseek(f, 0, SEEK_CUR) == 0 && fputs("E", f) >= 0 &&
	      ftell(f) == 2 && fgetc(f) == 'l', "r+: read, seek, write, read on");
	check(fseek(f, -4, SEEK_END) == 0 && fputs("END", f) >= 0 && fclose(f) == 0 &&
	      file_is("/tmp/m", "hEllo\n42 x\ntail\nEND\n"), "r+: overwrite at SEEK_END - 4");
	f = fopen("/tmp/m", "w+");
	check(f && fgetc(f) == EOF && fputs("new", f) >= 0, "w+: truncates, writes");
	rewind(f);
	check(fgets(line, sizeof line, f) && !strcmp(line, "new") && fclose(f) == 0, "w+: rewind and read back");
	f = fopen("/tmp/m", "a+");
	check(f && fgetc(f) == 'n' && fputs("er", f) >= 0, "a+: reads from the start, writes");
	rewind(f);
	check(fgets(line, sizeof line, f) && !strcmp(line, "newer") && fclose(f) == 0, "a+: the write went to the end");
	errno = 0;
	check(fopen("/tmp/m", "wx") == NULL && errno == EEXIST, "wx on an existing file: EEXIST");
	unlink("/tmp/mx");
	f = fopen("/tmp/mx", "wbx");
	check(f && fclose(f) == 0, "wbx creates a new file");
	f = fopen("/tmp/m", "rb");
	check(f && fgetc(f) == 'n' && fclose(f) == 0, "rb reads");
}

static void test_seek_unget(void)
{
	put_file("/tmp/s", "0123456789");
	FILE *f = fopen("/tmp/s", "r");
	fpos_t pos;
	check(f && fgetc(f) == '0' && ungetc('a', f) == 'a' && ftell(f) == 0, "ungetc moves ftell back");
	check(fgetc(f) == 'a' && fgetc(f) == '1', "the pushed-back byte comes first");
	check(ungetc('x', f) == 'x' && ungetc('y', f) == 'y', "two pushed-back bytes");
	char b[4];
	check(fread(b, 1, 3, f) == 3 && !memcmp(b, "yx2", 3), "fread takes the pushed-back bytes first");
	check(fgetpos(f, &pos) == 0 && fgetc(f) == '3', "fgetpos");
	check(fseek(f, 8, SEEK_SET) == 0 && fgetc(f) == '8', "fseek SEEK_SET");
	check(fsetpos(f, &pos) == 0 && fgetc(f) == '3', "fsetpos returns to it");
	check(fseek(f, 2, SEEK_CUR) == 0 && fgetc(f) == '6' && ftell(f) == 7, "fseek SEEK_CUR counts the read-ahead");
	check(fgetc(f) == '7' && ungetc('q', f) == 'q' && fseek(f, 0, SEEK_CUR) == 0 && fgetc(f) == '7',
	      "a seek drops the pushed-back byte");
	check(fseeko(f, -1, SEEK_END) == 0 && ftello(f) == 9 && fgetc(f) == '9' && fgetc(f) == EOF,
	      "fseeko, ftello from the end");
	check(ungetc('e', f) == 'e' && !feof(f) && fgetc(f) == 'e', "ungetc at EOF clears it");
	errno = 0;
	check(fseek(f, 0, 9) == -1 && errno == EINVAL, "a bad whence: EINVAL");
	fclose(f);
}

static void test_getline(void)
{
	static const size_t lens[] = { 0, 1, 119, 120, 121, 5000, 100000, 7 };
	FILE *f = fopen("/tmp/lines", "w");
	for (size_t i = 0; i < sizeof lens / sizeof lens[0]; i++) {
		for (size_t j = 0; j < lens[i]; j++)
			fputc('a' + (int)((i + j) % 26), f);
		if (i + 1 < sizeof lens / sizeof lens[0])
			fputc('\n', f);
	}
	fclose(f);
	f = fopen("/tmp/lines", "r");
	char *line = NULL;
	size_t size = 0;
	int good = 1;
	for (size_t i = 0; i < sizeof lens / sizeof lens[0]; i++) {
		int last = i + 1 == sizeof lens / sizeof lens[0];
		ssize_t n = getline(&line, &size, f);
		good &= n == (ssize_t)(lens[i] + !last) && size > (size_t)n && line[n] == 0;
		for (size_t j = 0; good && j < lens[i]; j++)
			good &= line[j] == 'a' + (int)((i + j) % 26);
	}
	check(good, "getline: lines of 0 to 100000 bytes, the last without a newline");
	check(getline(&line, &size, f) == -1 && feof(f), "getline at EOF: -1");
	fclose(f);
	put_file("/tmp/lines", "a:bb::ccc");
	f = fopen("/tmp/lines", "r");
	ssize_t a = getdelim(&line, &size, ':', f), b = getdelim(&line, &size, ':', f);
	ssize_t c = getdelim(&line, &size, ':', f), d = getdelim(&line, &size, ':', f);
	check(a == 2 && b == 3 && c == 1 && d == 3 && !strcmp(line, "ccc"), "getdelim with ':'");
	free(line);
	fclose(f);
}

static void test_big(void)
{
	enum { MB = 1 << 20 };
	unsigned char *p = malloc(MB), *q = malloc(MB);
	for (size_t i = 0; i < MB; i++)
		p[i] = (unsigned char)(i * 31 + i / 4099);
	FILE *f = fopen("/tmp/big", "w");
	size_t done = 0, step = 1;
	while (done < MB) {    /* pieces of every size, small and large */
		size_t k = step < MB - done ? step : MB - done;
		if (fwrite(p + done, 1, k, f) != k)
			break;
		done += k;
		step = step * 3 + 1;
	}
	check(done == MB && fclose(f) == 0 && visible("/tmp/big") == MB, "fwrite 1 MB in growing pieces");
	f = fopen("/tmp/big", "r");
	check(f && fread(q, 1, 3, f) == 3 && fread(q + 3, 4, (MB - 3) / 4, f) == (MB - 3) / 4 &&
	      fread(q + 3 + (MB - 3) / 4 * 4, 1, 10, f) == 1 && feof(f) && !memcmp(p, q, MB),
	      "fread 1 MB back: same bytes, a short last count, EOF");
	fclose(f);
	free(p);
	free(q);
}

static void test_misc(void)
{
	char line[64];
	FILE *t = tmpfile();
	check(t && fputs("temp", t) >= 0 && fseek(t, 0, SEEK_SET) == 0 && fgets(line, sizeof line, t) &&
	      !strcmp(line, "temp"), "tmpfile: written and read back");
	int named = 0;
	DIR *d = opendir("/tmp");
	for (struct dirent *e; d && (e = readdir(d));)
		named += !strncmp(e->d_name, "tmpfile", 7);
	if (d)
		closedir(d);
	check(t && named == 0 && fclose(t) == 0, "tmpfile: no name left in /tmp");

	put_file("/tmp/fr1", "one");
	FILE *f = fopen("/tmp/fr1", "r");
	int fd = f ? fileno(f) : -1;
	FILE *g = freopen("/tmp/fr2", "w", f);
	check(g == f && fileno(g) == fd && fputs("two", g) >= 0 && fclose(g) == 0 && file_is("/tmp/fr2", "two"),
	      "freopen: the same FILE on a new file, the same descriptor");
	f = fopen("/tmp/fr1", "r");
	errno = 0;
	check(freopen("/tmp/no-such-dir/x", "r", f) == NULL && errno == ENOENT, "freopen of a missing path: NULL, ENOENT");

	fd = open("/tmp/fr1", O_RDONLY);
	f = fdopen(fd, "r");
	check(f && fileno(f) == fd && fgets(line, sizeof line, f) && !strcmp(line, "one"), "fdopen reads the descriptor");
	check(f && fclose(f) == 0 && close(fd) == -1 && errno == EBADF, "fclose closes the descriptor");
	fd = open("/tmp/fr1", O_RDONLY);
	errno = 0;
	check(fdopen(fd, "w") == NULL && errno == EINVAL, "fdopen \"w\" of a read-only descriptor: EINVAL");
	close(fd);
	errno = 0;
	check(fdopen(99, "r") == NULL && errno == EBADF, "fdopen of a closed descriptor: EBADF");

	fd = open("/tmp/dp", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	check(dprintf(fd, "%2$s-%1$d", 7, "x") == 3 && close(fd) == 0 && file_is("/tmp/dp", "x-7"),
	      "dprintf with numbered arguments");
	char *as = NULL;
	check(asprintf(&as, "%s%0*d", "n", 4, 42) == 5 && !strcmp(as, "n0042"), "asprintf");
	free(as);
	check(sprintf(line, "%3$c%1$c%2$c", 'b', 'c', 'a') == 3 && !strcmp(line, "abc"),
	      "sprintf with numbered arguments");

	f = fopen("/tmp/fr1", "w");
	check(fgetc(f) == EOF && ferror(f) && !feof(f), "reading a write-only stream sets the error indicator");
	fclose(f);
	f = fopen("/tmp/fr1", "w");
	FILE *h = fopen("/tmp/fr2", "w");
	check(fputs("flushed1", f) >= 0 && fputs("flushed2", h) >= 0 && visible("/tmp/fr1") == 0 &&
	      fflush(NULL) == 0 && file_is("/tmp/fr1", "flushed1") && file_is("/tmp/fr2", "flushed2"),
	      "fflush(NULL) flushes every stream");
	fclose(f);
	fclose(h);
}

static void test_buffering(void)
{
	char mine[64];
	FILE *f = fopen("/tmp/buf", "w");
	check(f && fputs("abc", f) >= 0 && visible("/tmp/buf") == 0, "a file is fully buffered by default");
	check(fflush(f) == 0 && visible("/tmp/buf") == 3, "fflush writes it out");
	fclose(f);

	f = fopen("/tmp/buf", "w");
	check(setvbuf(f, NULL, _IOFBF, 0) == 0 && fputs("0123456789", f) >= 0 && fputc('\n', f) == '\n' &&
	      visible("/tmp/buf") == 0, "_IOFBF: nothing reaches the file before fflush, newline or not");
	check(fflush(f) == 0 && file_is("/tmp/buf", "0123456789\n"), "_IOFBF: fflush writes it all");
	check(fputs("x", f) >= 0 && fclose(f) == 0 && file_is("/tmp/buf", "0123456789\nx"), "fclose flushes");

	f = fopen("/tmp/buf", "w");
	check(setvbuf(f, NULL, _IOLBF, 0) == 0 && fputs("ab", f) >= 0 && visible("/tmp/buf") == 0,
	      "_IOLBF: no newline, nothing written");
	check(fputs("c\n", f) >= 0 && visible("/tmp/buf") == 4, "_IOLBF: the newline flushes the line");
	check(fprintf(f, "%d", 5) == 1 && visible("/tmp/buf") == 4 && putc('\n', f) == '\n' &&
	      file_is("/tmp/buf", "abc\n5\n"), "_IOLBF: fprintf and putc the same");
	fclose(f);

	f = fopen("/tmp/buf", "w");
	check(setvbuf(f, NULL, _IONBF, 0) == 0 && fputc('x', f) == 'x' && visible("/tmp/buf") == 1 &&
	      fwrite("yz", 1, 2, f) == 2 && visible("/tmp/buf") == 3, "_IONBF: every byte at once");
	errno = 0;
	check(setvbuf(f, NULL, _IOFBF, 0) == -1, "setvbuf after I/O fails");
	fclose(f);

	f = fopen("/tmp/buf", "w");
	check(setvbuf(f, mine, _IOFBF, 8) == 0 && fputs("1234567", f) >= 0 && visible("/tmp/buf") == 0 &&
	      fputs("89", f) >= 0 && visible("/tmp/buf") >= 7, "setvbuf with the caller's 8-byte buffer");
	check(fclose(f) == 0 && file_is("/tmp/buf", "123456789"), "and all of it in the end");
	errno = 0;
	f = fopen("/tmp/buf", "w");
	check(setvbuf(f, NULL, 7, 0) == -1 && errno == EINVAL, "setvbuf with a bad mode: EINVAL");
	static char big[BUFSIZ];
	setbuf(f, big);
	check(fputs("s", f) >= 0 && visible("/tmp/buf") == 0 && big[0] == 's', "setbuf uses the given buffer");
	fclose(f);
}

static int child_status(pid_t pid)
{
	int st;
	return waitpid(pid, &st, 0) == pid && WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

static void test_processes(void)
{
	int p[2];
	check(pipe(p) == 0, "pipe");
	pid_t pid = fork();
	if (pid == 0) {
		close(p[1]);
		FILE *in = fdopen(p[0], "r");
		char line[64];
		int bad = 0, n = 0, v;
		while (fgets(line, sizeof line, in)) {
			if (sscanf(line, "line %d", &v) != 1 || v != n)
				bad = 1;
			n++;
		}
		int sum = 0, k = 0;
		while (fscanf(in, "%d", &v) == 1)    /* nothing: already at EOF */
			k++;
		exit(bad || n != 2000 || k || !feof(in) ? 1 : sum);
	}
	close(p[0]);
	FILE *out = fdopen(p[1], "w");
	int ok = out != NULL;
	for (int i = 0; ok && i < 2000; i++)
		ok = fprintf(out, "line %d\n", i) > 0;
	check(ok && fclose(out) == 0 && child_status(pid) == 0, "2000 lines through a pipe to a forked reader");

	unlink("/tmp/exitflush");
	pid = fork();
	if (pid == 0) {
		FILE *f = fopen("/tmp/exitflush", "w");
		fputs("flushed at exit", f);
		exit(0);
	}
	check(child_status(pid) == 0 && file_is("/tmp/exitflush", "flushed at exit"), "exit flushes an open stream");
	pid = fork();
	if (pid == 0) {
		FILE *f = fopen("/tmp/exitflush", "w");
		fputs("lost", f);
		_exit(0);
	}
	check(child_status(pid) == 0 && file_is("/tmp/exitflush", ""), "_exit does not flush");
	pid = fork();
	if (pid == 0) {
		if (!freopen("/tmp/exitflush", "w", stdout))
			_exit(2);
		printf("to the file %d\n", 7);
		puts("and more");
		if (visible("/tmp/exitflush") != 0)     /* a file: fully buffered */
			_exit(4);
		exit(fileno(stdout) == 1 ? 0 : 3);
	}
	check(child_status(pid) == 0 && file_is("/tmp/exitflush", "to the file 7\nand more\n"),
	      "freopen of stdout: printf and puts go to the file, fully buffered, fd 1 kept");

	check(pipe(p) == 0, "pipe for stdin");
	pid = fork();
	if (pid == 0) {
		dup2(p[0], 0);
		close(p[0]);
		close(p[1]);
		int a = 0, b = 0;
		char w[16];
		int r = scanf("%d %d", &a, &b), r2 = scanf("%15s", w), r3 = scanf("%d", &a);
		exit(r == 2 && a + b == 46 && r2 == 1 && !strcmp(w, "end") && r3 == EOF && feof(stdin) ? 0 : 1);
	}
	close(p[0]);
	FILE *feed = fdopen(p[1], "w");
	check(feed && fputs("12\n 34 end", feed) >= 0 && fclose(feed) == 0 && child_status(pid) == 0,
	      "scanf reads stdin (a pipe) to EOF");
}

static void test_perror(void)
{
	int saved = dup(2);
	int fd = open("/tmp/perror", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	dup2(fd, 2);
	close(fd);
	errno = ENOENT;
	perror("stdiotest");
	errno = EACCES;
	perror("");
	errno = EINVAL;
	perror(NULL);
	fputs("unbuffered", stderr);
	long n = visible("/tmp/perror");
	dup2(saved, 2);
	close(saved);
	static const char want[] =
		"stdiotest: No such file or directory\nPermission denied\nInvalid argument\nunbuffered";
	check(file_is("/tmp/perror", want), "perror: \"S: message\", just the message for \"\" and NULL");
	check(n == (long)strlen(want), "stderr is unbuffered");
}

static void test_scan(void)
{
	int a = 0, b = 0, n = 0;
	char s[32], t[32];
	double d = 0;
	check(sscanf("  12 abc 3.5", "%d %s %lf%n", &a, s, &d, &n) == 3 && a == 12 && !strcmp(s, "abc") &&
	      d == 3.5 && n == 12, "sscanf %d %s %lf %n");
	check(sscanf("", "%d", &a) == EOF && sscanf("x", "%d", &a) == 0, "sscanf: EOF at once, 0 on a mismatch");
	check(sscanf("0x1fz", "%i%c", &a, s) == 2 && a == 31 && s[0] == 'z', "sscanf %i hexadecimal");
	check(sscanf("abc]def", "%[^]]]%s", s, t) == 2 && !strcmp(s, "abc") && !strcmp(t, "def"), "sscanf %[^]]");
	char *m = NULL;
	check(sscanf("allocated words", "%ms", &m) == 1 && m && !strcmp(m, "allocated"), "sscanf %ms");
	free(m);
	put_file("/tmp/scan", "7 8 nine\n10");
	FILE *f = fopen("/tmp/scan", "r");
	check(f && fscanf(f, "%d%d", &a, &b) == 2 && a == 7 && b == 8, "fscanf two numbers");
	check(fscanf(f, "%d", &a) == 0 && fscanf(f, "%s", s) == 1 && !strcmp(s, "nine"), "fscanf: a mismatch leaves the input");
	check(fscanf(f, "%d", &a) == 1 && a == 10 && fscanf(f, "%d", &a) == EOF && feof(f), "fscanf at EOF: EOF");
	fclose(f);
	put_file("/tmp/scan", "-5x");
	f = fopen("/tmp/scan", "r");
	check(fscanf(f, "%d", &a) == 1 && a == -5 && fgetc(f) == 'x', "fscanf pushes back the byte after the number");
	fclose(f);
}

static void test_order(void)
{
	printf("ok stdout is line buffered on the console: ");
	write(1, "ok a direct write\n", 18);
	printf("held until the newline\n");
	printf("ok ");
	fputs("printf, ", stdout);
	putchar('p');
	fwrite("utchar", 1, 6, stdout);
	puts(" and fputs in order");
}

int main(int argc, char **argv)
{
	const char *mode = argc > 1 ? argv[1] : "";
	if (!strcmp(mode, "files")) {
		test_modes();
		test_seek_unget();
		test_getline();
		test_big();
		test_misc();
	} else if (!strcmp(mode, "buffering"))
		test_buffering();
	else if (!strcmp(mode, "processes"))
		test_processes();
	else if (!strcmp(mode, "perror"))
		test_perror();
	else if (!strcmp(mode, "scan"))
		test_scan();
	else if (!strcmp(mode, "order"))
		test_order();
	else {
		printf("usage: stdiotest files|buffering|processes|perror|scan|order\n");
		return 2;
	}
	printf("done: %d failures\n", failures);
	return failures != 0;
}
