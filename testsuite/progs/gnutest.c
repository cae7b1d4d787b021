/* gnutest.c - the GNU and BSD interfaces ported packages use, on the root
 * file system (exov6.libc/gnu.exp): error and error_at_line (output,
 * error_message_count, error_one_per_line, error_print_progname, exit
 * status), canonicalize_file_name, secure_getenv, getloadavg, <dlfcn.h>,
 * the argument checks of fcntl's record-lock commands and flock, ftime, ulimit, <malloc.h>, alloca, <ar.h> and
 * <sys/cdefs.h>.  Where glibc differs by design the check says so.
 * Prints "ok TEXT" / "FAIL TEXT" lines, then "done: N failures". */
#define _GNU_SOURCE
#include <alloca.h>
#include <ar.h>
#include <dlfcn.h>
#include <errno.h>
#include <error.h>
#include <fcntl.h>
#include <limits.h>
#include <malloc.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/cdefs.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/timeb.h>
#include <sys/wait.h>
#include <time.h>
#include <ulimit.h>
#include <unistd.h>

static int failures;

static void check(int ok, const char *what)
{
	printf("%s %s\n", ok ? "ok" : "FAIL", what);
	failures += !ok;
}

/* Run fn with stderr going to a file; returns what it wrote. */
static const char *captured(void (*fn)(void))
{
	static char buf[1024];
	fflush(stderr);
	int saved = dup(2);
	int fd = open("/tmp/gt-err", O_RDWR | O_CREAT | O_TRUNC, 0600);
	dup2(fd, 2);
	fn();
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	lseek(fd, 0, SEEK_SET);
	ssize_t n = read(fd, buf, sizeof buf - 1);
	buf[n > 0 ? n : 0] = 0;
	close(fd);
	return buf;
}

static void e_plain(void) { error(0, 0, "plain %d", 1); }
static void e_errnum(void) { error(0, ENOENT, "open %s", "x"); }
static void e_line(void) { error_at_line(0, 0, "f.c", 12, "bad %s", "thing"); }
static void e_noline(void) { error_at_line(0, EACCES, NULL, 0, "no file"); }

static void my_progname(void)
{
	fputs("[prog] ", stderr);
}

static void e_twice(void)
{
	error_at_line(0, 0, "g.c", 3, "first");
	error_at_line(0, 0, "g.c", 3, "again");
	error_at_line(0, 0, "g.c", 4, "next line");
	error_at_line(0, 0, "h.c", 4, "other file");
}

static void errors(void)
{
	const char *name = program_invocation_name;
	char want[256];
	unsigned before = error_message_count;
	snprintf(want, sizeof want, "%s: plain 1\n", name);
	check(strcmp(captured(e_plain), want) == 0, "error(0, 0, ...): \"PROG: message\\n\" on stderr");
	snprintf(want, sizeof want, "%s: open x: No such file or directory\n", name);
	check(strcmp(captured(e_errnum), want) == 0, "error with errnum appends \": strerror\"");
	snprintf(want, sizeof want, "%s:f.c:12: bad thing\n", name);
	check(strcmp(captured(e_line), want) == 0, "error_at_line: \"PROG:FILE:LINE: message\"");
	snprintf(want, sizeof want, "%s: no file: Permission denied\n", name);
	check(strcmp(captured(e_noline), want) == 0, "error_at_line without a file name");
	check(error_message_count == before + 4, "error_message_count counts each message");
	error_one_per_line = 1;
	snprintf(want, sizeof want, "%s:g.c:3: first\n%s:g.c:4: next line\n%s:h.c:4: other file\n", name, name,
		 name);
	check(strcmp(captured(e_twice), want) == 0, "error_one_per_line: a repeated file and line is not printed");
	error_one_per_line = 0;
	error_print_progname = my_progname;
	check(strcmp(captured(e_plain), "[prog] plain 1\n") == 0, "error_print_progname replaces the name");
	error_print_progname = NULL;

	fflush(stdout);
	pid_t pid = fork();
	if (pid == 0) {
		int fd = open("/dev/null", O_WRONLY);
		dup2(fd, 2);
		error(3, 0, "fatal");
		_exit(99);
	}
	int st;
	waitpid(pid, &st, 0);
	check(WIFEXITED(st) && WEXITSTATUS(st) == 3, "error with a status exits with it");
}

static void files(void)
{
	mkdir("/tmp/gt-dir", 0755);
	symlink("/tmp/gt-dir", "/tmp/gt-link");
	char *p = canonicalize_file_name("/tmp/./gt-link//.");
	check(p && strcmp(p, "/tmp/gt-dir") == 0, "canonicalize_file_name resolves links, . and //");
	free(p);
	errno = 0;
	check(canonicalize_file_name("/tmp/gt-missing/x") == NULL && errno == ENOENT,
	      "canonicalize_file_name of a missing file: NULL, ENOENT");

	setenv("GT_VAR", "v", 1);
	check(secure_getenv("GT_VAR") && strcmp(secure_getenv("GT_VAR"), "v") == 0 && !secure_getenv("GT_NONE"),
	      "secure_getenv is getenv (no set-user-ID programs)");

	double la[3];
	errno = 0;
	check(getloadavg(la, 3) == -1 && errno == ENOSYS, "getloadavg: -1, ENOSYS (the kernel keeps no load average)");
	check(getloadavg(la, 0) == 0, "getloadavg of 0 samples: 0");

	struct timeb tb;
	time_t t0 = time(NULL);
	check(ftime(&tb) == 0 && tb.time >= t0 && tb.time <= t0 + 1 && tb.millitm < 1000 && tb.timezone == 0 &&
	      tb.dstflag == 0, "ftime: the time, milliseconds, no zone");

	check(ulimit(UL_GETFSIZE) == LONG_MAX, "ulimit(UL_GETFSIZE): LONG_MAX (no limit)");
	check(ulimit(UL_SETFSIZE, 2048L) == 2048 && ulimit(UL_GETFSIZE) == 2048, "ulimit(UL_SETFSIZE) in 512-byte blocks");
	struct rlimit rl;
	getrlimit(RLIMIT_FSIZE, &rl);
	check(rl.rlim_cur == 2048 * 512 && rl.rlim_max == 2048 * 512, "UL_SETFSIZE sets RLIMIT_FSIZE, soft and hard");
	check(ulimit(__UL_GETOPENMAX) == 128, "ulimit(__UL_GETOPENMAX): the descriptor limit");
	errno = 0;
	check(ulimit(42) == -1 && errno == EINVAL, "ulimit of an unknown command: EINVAL");
}

static void locks(void)
{
	int fd = open("/tmp/gt-lock", O_RDWR | O_CREAT, 0600);
	struct flock l = { .l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 0, .l_len = 0 };
	check(fcntl(fd, F_SETLK, &l) == 0, "fcntl(F_SETLK) on a file (exov6.fs/locks.exp has the rest)");
	l.l_type = 7;
	errno = 0;
	check(fcntl(fd, F_SETLK, &l) == -1 && errno == EINVAL, "fcntl(F_SETLK) with a bad l_type: EINVAL");
	errno = 0;
	check(fcntl(99, F_SETLK, &l) == -1 && errno == EBADF, "fcntl(F_SETLK) on a closed descriptor: EBADF");
	check(flock(fd, LOCK_EX) == 0, "flock(LOCK_EX) on a file");
	errno = 0;
	check(flock(fd, LOCK_SH | LOCK_EX) == -1 && errno == EINVAL, "flock with a bad operation: EINVAL");
	errno = 0;
	check(flock(99, LOCK_UN) == -1 && errno == EBADF, "flock on a closed descriptor: EBADF");
	check(LOCK_SH == 1 && LOCK_EX == 2 && LOCK_NB == 4 && LOCK_UN == 8 && F_RDLCK == 0 && F_WRLCK == 1 &&
	      F_UNLCK == 2, "LOCK_* and F_*LCK have Linux's values");
	close(fd);
}

static void dynamic(void)
{
	check(dlerror() == NULL, "dlerror before any failure: NULL");
	void *h = dlopen("libm.so.6", RTLD_NOW);
	const char *e = dlerror();
	check(h == NULL && e && strstr(e, "libm.so.6") && strstr(e, "static"),
	      "dlopen: NULL, dlerror names the file and says programs are static");
	check(dlerror() == NULL, "dlerror reports an error once");
	check(dlopen(NULL, RTLD_LAZY) == NULL && dlerror() != NULL, "dlopen(NULL): NULL too (no symbol table)");
	check(dlsym(RTLD_DEFAULT, "printf") == NULL && (e = dlerror()) && strstr(e, "printf"),
	      "dlsym finds nothing, and says which name");
	check(dlclose(NULL) != 0 && dlerror() != NULL, "dlclose refuses: no handle was ever given");
	Dl_info info;
	check(dladdr((void *)printf, &info) == 0, "dladdr knows nothing: 0");
}

static void memory(void)
{
	void *p = memalign(64, 100);
	check(p && (uintptr_t)p % 64 == 0 && malloc_usable_size(p) >= 100, "memalign(64, 100)");
	free(p);
	p = memalign(48, 10);
	check(p && (uintptr_t)p % 64 == 0, "memalign of a non-power of two rounds the alignment up");
	free(p);
	p = valloc(10);
	check(p && (uintptr_t)p % 4096 == 0, "valloc is page aligned");
	free(p);
	p = pvalloc(5000);
	check(p && (uintptr_t)p % 4096 == 0 && malloc_usable_size(p) >= 8192, "pvalloc rounds the size up to pages");
	free(p);
	p = malloc(33);
	check(malloc_usable_size(p) >= 33 && malloc_usable_size(NULL) == 0, "malloc_usable_size");
	free(p);
	check(mallopt(M_MMAP_THRESHOLD, 1 << 20) == 0 && malloc_trim(0) == 0,
	      "mallopt: 0 (nothing to tune), malloc_trim: 0 (nothing released)");

	size_t n = 100 + (size_t)(time(NULL) & 1);
	char *a = alloca(n);
	memset(a, 'a', n);
	check(a[n - 1] == 'a', "alloca");
	struct ar_hdr h;
	check(sizeof h == 60 && strlen(ARMAG) == SARMAG && memcmp(ARFMAG, "`\n", 2) == 0, "<ar.h>: a 60-byte header");
}

__BEGIN_DECLS
static int cdefs_fn(int x) __THROW __attribute_const__;
__END_DECLS
static int cdefs_fn(int x) __THROW
{
	return __glibc_likely(x > 0) ? x : 0;
}

int main(void)
{
	errors();
	files();
	locks();
	dynamic();
	memory();
	check(cdefs_fn(3) == 3 && __GNUC_PREREQ(4, 0) && strcmp(__STRING(abc), "abc") == 0,
	      "<sys/cdefs.h>: __BEGIN_DECLS, __THROW, __glibc_likely, __GNUC_PREREQ, __STRING");
	printf("done: %d failures\n", failures);
	return failures != 0;
}
