/* conftest.c - limits and options at run time and in the headers
 * (exov6.libc/sysconf.exp): sysconf, getpagesize, getdtablesize,
 * pathconf and fpathconf (errors included), confstr, the <unistd.h>
 * option macros, the <limits.h> and <stdint.h> widths and XSI limits,
 * nl_langinfo's items, sighandler_t.  Values that are glibc's are marked
 * so; the rest are exov6's own limits.  Prints "ok TEXT" / "FAIL TEXT"
 * lines, then "done: N failures". */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

static int failures;

static void check(int ok, const char *what)
{
	printf("%s %s\n", ok ? "ok" : "FAIL", what);
	failures += !ok;
}

static void checkl(long got, long want, const char *what)
{
	char buf[200];
	snprintf(buf, sizeof buf, "%s = %ld", what, want);
	if (got != want)
		snprintf(buf, sizeof buf, "%s = %ld (got %ld)", what, want, got);
	check(got == want, buf);
}

static int fails(long r, int e)
{
	return r == -1 && errno == e;
}

static void sysconfs(void)
{
	checkl(sysconf(_SC_ARG_MAX), 65536, "sysconf(_SC_ARG_MAX) (exec's limit)");
	checkl(sysconf(_SC_CLK_TCK), 100, "sysconf(_SC_CLK_TCK) (glibc's too)");
	checkl(sysconf(_SC_OPEN_MAX), 128, "sysconf(_SC_OPEN_MAX) (the descriptor table)");
	checkl(sysconf(_SC_PAGESIZE), 4096, "sysconf(_SC_PAGESIZE)");
	checkl(sysconf(_SC_PAGE_SIZE), 4096, "sysconf(_SC_PAGE_SIZE)");
	checkl(getpagesize(), 4096, "getpagesize()");
	checkl(getdtablesize(), 128, "getdtablesize()");
	checkl(sysconf(_SC_STREAM_MAX), FOPEN_MAX, "sysconf(_SC_STREAM_MAX) (glibc: FOPEN_MAX)");
	checkl(sysconf(_SC_NPROCESSORS_ONLN), 1, "sysconf(_SC_NPROCESSORS_ONLN)");
	checkl(sysconf(_SC_NPROCESSORS_CONF), 1, "sysconf(_SC_NPROCESSORS_CONF)");
	checkl(sysconf(_SC_VERSION), 200809L, "sysconf(_SC_VERSION)");
	checkl(sysconf(_SC_2_C_BIND), 200809L, "sysconf(_SC_2_C_BIND)");
	checkl(sysconf(_SC_LINE_MAX), 2048, "sysconf(_SC_LINE_MAX) (glibc's too)");
	checkl(sysconf(_SC_RE_DUP_MAX), 0x7fff, "sysconf(_SC_RE_DUP_MAX) (glibc's too)");
	checkl(sysconf(_SC_IOV_MAX), 1024, "sysconf(_SC_IOV_MAX) (glibc's too)");
	checkl(sysconf(_SC_HOST_NAME_MAX), 64, "sysconf(_SC_HOST_NAME_MAX) (glibc's too)");
	checkl(sysconf(_SC_LOGIN_NAME_MAX), 256, "sysconf(_SC_LOGIN_NAME_MAX) (glibc's too)");
	checkl(sysconf(_SC_SYMLOOP_MAX), 40, "sysconf(_SC_SYMLOOP_MAX) (the file server's)");
	checkl(sysconf(_SC_ATEXIT_MAX), 32, "sysconf(_SC_ATEXIT_MAX)");
	checkl(sysconf(_SC_LONG_BIT), 64, "sysconf(_SC_LONG_BIT)");
	checkl(sysconf(_SC_WORD_BIT), 32, "sysconf(_SC_WORD_BIT)");
	checkl(sysconf(_SC_UINT_MAX), 4294967295L, "sysconf(_SC_UINT_MAX) (glibc's too)");
	checkl(sysconf(_SC_ULONG_MAX), -1, "sysconf(_SC_ULONG_MAX) (glibc's too)");
	checkl(sysconf(_SC_NZERO), 20, "sysconf(_SC_NZERO) (glibc's too)");
	checkl(sysconf(_SC_MONOTONIC_CLOCK), 200809L, "sysconf(_SC_MONOTONIC_CLOCK)");
	checkl(sysconf(_SC_FSYNC), 200809L, "sysconf(_SC_FSYNC)");
	long av = sysconf(_SC_AVPHYS_PAGES);
	check(av > 100 && av < (1L << 24), "sysconf(_SC_AVPHYS_PAGES): the kernel's free frames");
	errno = 0;
	check(sysconf(_SC_PHYS_PAGES) == -1 && errno == 0, "sysconf(_SC_PHYS_PAGES): -1, not known (errno untouched)");
	errno = 0;
	check(sysconf(_SC_THREADS) == -1 && errno == 0 && sysconf(_SC_TIMERS) == -1 && errno == 0 &&
	      sysconf(_SC_MAPPED_FILES) == -1 && errno == 0, "options exov6 lacks: -1, errno untouched");
	checkl(sysconf(_SC_JOB_CONTROL), 1, "sysconf(_SC_JOB_CONTROL)");
	errno = 0;
	check(fails(sysconf(-1), EINVAL) && fails(sysconf(100000), EINVAL), "sysconf of an unknown name: EINVAL");

	struct rlimit rl = { 64, 128 };
	setrlimit(RLIMIT_NOFILE, &rl);
	check(sysconf(_SC_OPEN_MAX) == 64 && getdtablesize() == 64,
	      "_SC_OPEN_MAX and getdtablesize follow RLIMIT_NOFILE");
	rl.rlim_cur = 128;
	setrlimit(RLIMIT_NOFILE, &rl);
}

static void pathconfs(void)
{
	checkl(pathconf("/tmp", _PC_NAME_MAX), 255, "pathconf(/tmp, _PC_NAME_MAX) (glibc's ext2 too)");
	checkl(pathconf("/tmp", _PC_PATH_MAX), 4096, "pathconf(_PC_PATH_MAX)");
	checkl(pathconf("/", _PC_LINK_MAX), 32000, "pathconf(_PC_LINK_MAX) (ext2's)");
	checkl(pathconf("/", _PC_PIPE_BUF), 4096, "pathconf(_PC_PIPE_BUF) (glibc's too)");
	checkl(pathconf("/", _PC_NO_TRUNC), 1, "pathconf(_PC_NO_TRUNC)");
	checkl(pathconf("/", _PC_CHOWN_RESTRICTED), 1, "pathconf(_PC_CHOWN_RESTRICTED)");
	checkl(pathconf("/", _PC_VDISABLE), 0, "pathconf(_PC_VDISABLE)");
	checkl(pathconf("/", _PC_FILESIZEBITS), 64, "pathconf(_PC_FILESIZEBITS) (glibc's too)");
	checkl(pathconf("/", _PC_2_SYMLINKS), 1, "pathconf(_PC_2_SYMLINKS)");
	errno = 0;
	check(pathconf("/", _PC_SYMLINK_MAX) == -1 && errno == 0, "pathconf(_PC_SYMLINK_MAX): -1, no limit (glibc too)");
	check(fails(pathconf("/nonexistent/x", _PC_NAME_MAX), ENOENT), "pathconf of a missing file: ENOENT");
	check(fails(pathconf("/", 9999), EINVAL), "pathconf of an unknown name: EINVAL");
	int p[2];
	pipe(p);
	checkl(fpathconf(p[0], _PC_PIPE_BUF), 4096, "fpathconf(pipe, _PC_PIPE_BUF)");
	check(fails(fpathconf(99, _PC_NAME_MAX), EBADF), "fpathconf of a closed descriptor: EBADF");
	check(fails(fpathconf(p[1], -3), EINVAL), "fpathconf of an unknown name: EINVAL");
	close(p[0]);
	close(p[1]);
	/* _PC_NO_TRUNC is true: a long name is refused, not cut. */
	char name[300] = "/tmp/";
	memset(name + 5, 'n', 280);
	name[285] = 0;
	check(fails(open(name, O_WRONLY | O_CREAT, 0600), ENAMETOOLONG),
	      "a 280-character name: ENAMETOOLONG, as _POSIX_NO_TRUNC says");

	char buf[32];
	check(confstr(_CS_PATH, buf, sizeof buf) == 14 && strcmp(buf, "/bin:/usr/bin") == 0,
	      "confstr(_CS_PATH): /bin:/usr/bin");
	check(confstr(_CS_PATH, buf, 5) == 14 && strcmp(buf, "/bin") == 0, "confstr into a short buffer truncates");
	check(confstr(_CS_PATH, NULL, 0) == 14, "confstr(_CS_PATH, NULL, 0): the size");
	errno = 0;
	check(confstr(12345, buf, sizeof buf) == 0 && errno == EINVAL, "confstr of an unknown name: 0, EINVAL");
}

static void macros(void)
{
#if _POSIX_VERSION == 200809L && _POSIX2_C_BIND == 200809L && _POSIX_REGEXP == 1 && \
	_POSIX_SAVED_IDS == 1 && _POSIX_JOB_CONTROL == 1 && _POSIX_NO_TRUNC == 1 && _POSIX_FSYNC > 0 && \
	_POSIX_MEMORY_PROTECTION > 0 && _POSIX_MONOTONIC_CLOCK > 0 && _POSIX_V7_LP64_OFF64 == 1
	check(1, "<unistd.h>: _POSIX_VERSION 200809L and the options exov6 has");
#else
	check(0, "<unistd.h>: _POSIX_VERSION 200809L and the options exov6 has");
#endif
#if defined(_POSIX_THREADS) || defined(_POSIX_TIMERS) || defined(_POSIX_MAPPED_FILES) || \
	defined(_POSIX_SEMAPHORES) || defined(_POSIX_SPAWN) || defined(_POSIX_SHELL)
	check(0, "<unistd.h> defines no option exov6 lacks");
#else
	check(1, "<unistd.h> defines no option exov6 lacks (threads, timers, mapped files, ...)");
#endif
	check(WORD_BIT == 32 && LONG_BIT == 64 && CHAR_WIDTH == 8 && SHRT_WIDTH == 16 && INT_WIDTH == 32 &&
	      LONG_WIDTH == 64 && LLONG_WIDTH == 64 && ULONG_WIDTH == 64, "<limits.h>: WORD_BIT, LONG_BIT, *_WIDTH");
	check(INT8_WIDTH == 8 && UINT16_WIDTH == 16 && INT32_WIDTH == 32 && UINT64_WIDTH == 64 &&
	      INT_FAST16_WIDTH == 64 && INTPTR_WIDTH == 64 && SIZE_WIDTH == 64 && PTRDIFF_WIDTH == 64 &&
	      WCHAR_WIDTH == 32 && WINT_WIDTH == 32 && SIG_ATOMIC_WIDTH == 32 && INTMAX_WIDTH == 64,
	      "<stdint.h>: the *_WIDTH macros (glibc's x86_64 values)");
	check(PIPE_BUF == 4096 && LINE_MAX == 2048 && NGROUPS_MAX >= _POSIX_NGROUPS_MAX &&
	      _POSIX_ARG_MAX == 4096 && ARG_MAX >= _POSIX_ARG_MAX && _POSIX2_LINE_MAX == 2048 &&
	      IOV_MAX == 1024 && NL_ARGMAX >= 9 && RE_DUP_MAX >= _POSIX2_RE_DUP_MAX,
	      "<limits.h>: the POSIX minimums and exov6's limits");
}

static int hits;

static void handler(int sig)
{
	hits += sig == SIGUSR1;
}

static void langinfo(void)
{
	setlocale(LC_ALL, "");
	check(strcmp(nl_langinfo(CODESET), "ANSI_X3.4-1968") == 0, "nl_langinfo(CODESET) (glibc's)");
	check(strcmp(nl_langinfo(D_T_FMT), "%a %b %e %H:%M:%S %Y") == 0 && strcmp(nl_langinfo(D_FMT), "%m/%d/%y") == 0 &&
	      strcmp(nl_langinfo(T_FMT), "%H:%M:%S") == 0 && strcmp(nl_langinfo(T_FMT_AMPM), "%I:%M:%S %p") == 0,
	      "nl_langinfo: the C locale's date and time formats");
	const char *sun = nl_langinfo(ABDAY_1), *mon = nl_langinfo(ABDAY_2);
	check(strcmp(sun, "Sun") == 0 && strcmp(mon, "Mon") == 0 && strcmp(nl_langinfo(DAY_7), "Saturday") == 0 &&
	      strcmp(nl_langinfo(ABMON_12), "Dec") == 0 && strcmp(nl_langinfo(MON_9), "September") == 0 &&
	      strcmp(nl_langinfo(ALTMON_5), "May") == 0 && strcmp(nl_langinfo(_NL_ABALTMON_2), "Feb") == 0,
	      "nl_langinfo: day and month names");
	check(strcmp(sun, "Sun") == 0, "nl_langinfo: an earlier answer keeps its text");
	check(strcmp(nl_langinfo(AM_STR), "AM") == 0 && strcmp(nl_langinfo(PM_STR), "PM") == 0 &&
	      strcmp(nl_langinfo(ERA), "") == 0 && strcmp(nl_langinfo(ALT_DIGITS), "") == 0,
	      "nl_langinfo: AM/PM, no eras, no alternative digits");
	check(strcmp(nl_langinfo(RADIXCHAR), ".") == 0 && strcmp(nl_langinfo(THOUSEP), "") == 0,
	      "nl_langinfo: RADIXCHAR and THOUSEP");
	check(strcmp(nl_langinfo(YESEXPR), "^[yY]") == 0 && strcmp(nl_langinfo(NOEXPR), "^[nN]") == 0 &&
	      strcmp(nl_langinfo(YESSTR), "") == 0 && strcmp(nl_langinfo(CRNCYSTR), "-") == 0,
	      "nl_langinfo: YESEXPR, NOEXPR, YESSTR, CRNCYSTR");
	check(strcmp(nl_langinfo(FRAC_DIGITS), "\377") == 0 && strcmp(nl_langinfo(_DATE_FMT),
	      "%a %b %e %H:%M:%S %Z %Y") == 0, "nl_langinfo: glibc's monetary numbers and _DATE_FMT");
	check(strcmp(nl_langinfo(_NL_LOCALE_NAME(LC_TIME)), "C") == 0 && strcmp(nl_langinfo(123456789), "") == 0,
	      "nl_langinfo: the locale's name; an unknown item is \"\"");

	sighandler_t old = signal(SIGUSR1, handler);
	sig_t back = signal(SIGUSR1, handler);
	raise(SIGUSR1);
	check(old == SIG_DFL && back == handler && hits == 1, "sighandler_t and sig_t");
}

int main(void)
{
	sysconfs();
	pathconfs();
	macros();
	langinfo();
	printf("done: %d failures\n", failures);
	return failures != 0;
}
