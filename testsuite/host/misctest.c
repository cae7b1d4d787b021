/* misctest.c - differential test of the C library's calendar-time and
 * getopt functions against the host's glibc (run with TZ=UTC): the exov6
 * objects are linked in with every symbol renamed "x_".  Prints one
 * "family: N cases, M differences" line per family; exits non-zero if
 * any differs.
 *   misctest [CASES-PER-FAMILY [SEED]] */
#define _GNU_SOURCE
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

struct tm *x_gmtime_r(const time_t *, struct tm *);
struct tm *x_gmtime(const time_t *);
time_t x_timegm(struct tm *);
size_t x_strftime(char *, size_t, const char *, const struct tm *);
char *x_asctime_r(const struct tm *, char *);
char *x_asctime(const struct tm *);
int x_getopt(int, char *const[], const char *);
int x_getopt_long(int, char *const[], const char *, const struct option *, int *);
int x_getopt_long_only(int, char *const[], const char *, const struct option *, int *);
extern char *x_optarg;
extern int x_optind, x_opterr, x_optopt, x_errno;

/* The library's stderr writes and environment, for getopt. */
static char x_messages[65536];
static size_t x_messages_len;

ssize_t x_write(int fd, const void *buf, size_t n)
{
	if (fd == 2 && x_messages_len + n <= sizeof x_messages) {
		memcpy(x_messages + x_messages_len, buf, n);
		x_messages_len += n;
	}
	return (ssize_t)n;
}

char *x_getenv(const char *name)
{
	return getenv(name);
}

#include "xorshift.h"

static long differences;
static FILE *report;

static void differ(const char *family, const char *what)
{
	if (differences++ < 20)
		fprintf(report, "%s: differs: %s\n", family, what);
}

/* A time: mostly within the 32-bit range, sometimes far beyond it, and
 * sometimes any 64-bit value (years that overflow int). */
static time_t random_time(void)
{
	switch (next() % 10) {
	case 0: return (time_t)next();
	case 1: case 2: return (time_t)(next() % (1ull << 51)) - (1l << 50);
	case 3: return (time_t)(next() % (1ull << 41)) - (1l << 40);
	default: return (time_t)(next() % (1ull << 33)) - (1l << 32);
	}
}

static int same_tm(const struct tm *a, const struct tm *b)
{
	return a->tm_sec == b->tm_sec && a->tm_min == b->tm_min && a->tm_hour == b->tm_hour &&
	       a->tm_mday == b->tm_mday && a->tm_mon == b->tm_mon && a->tm_year == b->tm_year &&
	       a->tm_wday == b->tm_wday && a->tm_yday == b->tm_yday &&
	       a->tm_isdst == b->tm_isdst && a->tm_gmtoff == b->tm_gmtoff &&
	       !a->tm_zone == !b->tm_zone && (!a->tm_zone || !strcmp(a->tm_zone, b->tm_zone));
}

static void show_tm(char *buf, size_t size, const struct tm *t)
{
	snprintf(buf, size, "%d-%d-%d %d:%d:%d wday %d yday %d dst %d off %ld %s",
		 t->tm_year, t->tm_mon, t->tm_mday, t->tm_hour, t->tm_min, t->tm_sec,
		 t->tm_wday, t->tm_yday, t->tm_isdst, t->tm_gmtoff, t->tm_zone ? t->tm_zone : "(null)");
}

static long gmtimes(long cases)
{
	long before = differences;
	for (long i = 0; i < cases; i++) {
		time_t t = random_time();
		struct tm a, b;
		memset(&a, 0x55, sizeof a);
		memset(&b, 0x55, sizeof b);
		errno = x_errno = 0;
		struct tm *ra = gmtime_r(&t, &a);
		struct tm *rb = x_gmtime_r(&t, &b);
		char what[420], sa[160], sb[160];
		if (!ra != !rb || errno != x_errno || (ra && !same_tm(&a, &b))) {
			show_tm(sa, sizeof sa, &a);
			show_tm(sb, sizeof sb, &b);
			snprintf(what, sizeof what, "gmtime_r(%ld): %s / %s errno %d / %d",
				 (long)t, ra ? sa : "NULL", rb ? sb : "NULL", errno, x_errno);
			differ("gmtime", what);
		}
		if (i % 16 == 0) {
			ra = gmtime(&t);
			rb = x_gmtime(&t);
			if (!ra != !rb || (ra && !same_tm(ra, rb)))
				differ("gmtime", "gmtime (static result)");
		}
	}
	return differences - before;
}

/* An int field: near its normal range, or anywhere. */
static int random_field(int lo, int hi)
{
	switch (next() % 8) {
	case 0: return (int)next();
	case 1: return (int)(next() % 2000001) - 1000000;
	default: return lo + (int)(next() % (unsigned)(hi - lo + 1));
	}
}

static long timegms(long cases)
{
	long before = differences;
	for (long i = 0; i < cases; i++) {
		struct tm a;
		memset(&a, 0, sizeof a);
		a.tm_sec = random_field(0, 60);
		a.tm_min = random_field(0, 59);
		a.tm_hour = random_field(0, 23);
		a.tm_mday = random_field(1, 31);
		a.tm_mon = random_field(0, 11);
		a.tm_year = next() % 4 ? random_field(-2000, 9000) : (int)next();
		a.tm_wday = (int)next();
		a.tm_yday = (int)next();
		a.tm_isdst = (int)(next() % 3) - 1;
		struct tm b = a, in = a;
		errno = x_errno = 0;
		time_t ra = timegm(&a);
		time_t rb = x_timegm(&b);
		if (ra != rb || errno != x_errno || !same_tm(&a, &b)) {
			char what[600], si[160], sa[160], sb[160];
			show_tm(si, sizeof si, &in);
			show_tm(sa, sizeof sa, &a);
			show_tm(sb, sizeof sb, &b);
			snprintf(what, sizeof what, "timegm(%s) = %ld / %ld errno %d / %d: %s / %s",
				 si, (long)ra, (long)rb, errno, x_errno, sa, sb);
			differ("timegm", what);
		}
	}
	return differences - before;
}

static void random_tm(struct tm *t)
{
	time_t when = random_time();
	while (!gmtime_r(&when, t))
		when = random_time();
	static const char *const zones[] = { NULL, "", "GMT", "XYZT" };
	t->tm_isdst = (int)(next() % 3) - 1;
	t->tm_gmtoff = (long)(next() % 200001) - 100000;
	t->tm_zone = zones[next() % 4];
}

static long strftimes(long cases)
{
	/* Anything may follow '%' (or "%E", "%O") but the GNU flags and
	 * widths; the text between conversions is letters. */
	static const char after[] =
		"aAbBcCdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZ%"
		"!\"$&'()*,./:;<=>?@JKLNQ[\\]`fiioqv{|}~ ";
	long before = differences;
	for (long i = 0; i < cases; i++) {
		struct tm t;
		random_tm(&t);
		char fmt[64];
		size_t n = 0, len = next() % 12;
		for (size_t k = 0; k < len; k++) {
			if (next() % 4 == 0) {
				fmt[n++] = (char)((next() % 2 ? 'A' : 'a') + next() % 26);
				continue;
			}
			fmt[n++] = '%';
			if (next() % 6 == 0)
				fmt[n++] = next() % 2 ? 'E' : 'O';
			fmt[n++] = after[next() % (sizeof after - 1)];
		}
		if (next() % 20 == 0)
			fmt[n++] = '%';
		fmt[n] = 0;
		size_t size = next() % 4 ? 200 : next() % 30;
		char a[200], b[200];
		size_t ra = strftime(a, size, fmt, &t);
		size_t rb = x_strftime(b, size, fmt, &t);
		if (ra != rb || (ra && memcmp(a, b, ra + 1))) {
			char what[800], st[160];
			show_tm(st, sizeof st, &t);
			snprintf(what, sizeof what, "\"%s\" size %zu on %s: %zu \"%s\" / %zu \"%s\"",
				 fmt, size, st, ra, ra ? a : "", rb, rb ? b : "");
			differ("strftime", what);
		}
	}
	return differences - before;
}

static long asctimes(long cases)
{
	long before = differences;
	for (long i = 0; i < cases; i++) {
		struct tm t;
		random_tm(&t);
		if (next() % 4 == 0) {
			t.tm_wday = random_field(0, 6);
			t.tm_mon = random_field(0, 11);
			t.tm_mday = random_field(1, 31);
			t.tm_hour = random_field(0, 23);
			t.tm_min = random_field(0, 59);
			t.tm_sec = random_field(0, 60);
			t.tm_year = next() % 2 ? random_field(-1000, 9000) : (int)next();
		}
		char a[26], b[26];
		errno = x_errno = 0;
		char *ra = asctime_r(&t, a);
		char *rb = x_asctime_r(&t, b);
		int same = !ra == !rb && errno == x_errno && (!ra || !strcmp(a, b));
		char *sa = asctime(&t), *sb = x_asctime(&t);
		same = same && !sa == !sb && (!sa || !strcmp(sa, sb));
		if (!same) {
			char what[420], st[160];
			show_tm(st, sizeof st, &t);
			snprintf(what, sizeof what, "%s: \"%s\" / \"%s\" errno %d / %d", st,
				 ra ? a : "NULL", rb ? b : "NULL", errno, x_errno);
			differ("asctime", what);
		}
	}
	return differences - before;
}

/* getopt: both parsers get copies of the same argv (the same strings, so
 * optarg pointers compare), the same option string and long options;
 * every call's result, optind, optarg, optopt, long index, flag, the
 * messages and the final order of argv must agree. */
static const char *const tokens[] = {
	"-a", "-b", "-c", "-ab", "-abc", "-bfoo", "-cbar", "-x", "-ax", "-", "--", "foo", "bar",
	"baz", "-W", "-Wverbose", "-Wver=1", "-Wnone", "--alpha", "--alp", "--al=3", "--alpha=",
	"--verbose", "--verbose=x", "--ver", "--v", "--b", "--beta", "--bet", "--=", "--x",
	"--nonexistent", "-alpha", "-ver", "-verbose=2", "-b=2", "-:", "-;", "-?", "-e", "-d",
	"--help", "-help", "-h", "-a-", "--a", "-be", "-eb", "x",
};
static const char *const names[] = {
	"alpha", "alpine", "al", "beta", "bet", "b", "verbose", "version", "ver", "a", "help", "x",
	"e",
};

static int flag_a, flag_b;

struct parse {
	int ret, optind, optopt, longind, flag_a, flag_b;
	const char *optarg;
};

static long getopts(long cases)
{
	static const char *const prefixes[] = { "", "", "", "+", "-", ":", "+:", "-:" };
	long before = differences;
	FILE *real_stderr = stderr;
	for (long i = 0; i < cases; i++) {
		char optstring[40];
		strcpy(optstring, prefixes[next() % 8]);
		for (const char *c = "abcdeWh"; *c; c++) {
			if (next() % 2)
				continue;
			size_t n = strlen(optstring);
			optstring[n++] = *c;
			int kind = (int)(next() % (*c == 'W' ? 4 : 3));
			if (kind == 1 || kind == 2)
				optstring[n++] = ':';
			if (kind == 2)
				optstring[n++] = ':';
			if (kind == 3)
				optstring[n++] = ';';
			optstring[n] = 0;
		}
		struct option longopts[8];
		int nlong = (int)(next() % 7);
		for (int k = 0; k < nlong; k++) {
			longopts[k].name = names[next() % (sizeof names / sizeof *names)];
			longopts[k].has_arg = (int)(next() % 3);
			longopts[k].flag = next() % 4 ? NULL : next() % 2 ? &flag_a : &flag_b;
			static const int vals[] = { 'a', 'b', 'v', 0, 1, 300 };
			longopts[k].val = vals[next() % 6];
		}
		memset(&longopts[nlong], 0, sizeof longopts[nlong]);
		int argc = 1 + (int)(next() % 8);
		char *argv_a[10], *argv_b[10];
		argv_a[0] = "prog";
		for (int k = 1; k < argc; k++)
			argv_a[k] = (char *)tokens[next() % (sizeof tokens / sizeof *tokens)];
		argv_a[argc] = NULL;
		memcpy(argv_b, argv_a, sizeof argv_a);
		int mode = (int)(next() % 3), use_longind = (int)(next() % 2);
		opterr = x_opterr = (int)(next() % 4 != 0);
		optind = x_optind = 0;
		int done_a = 0, done_b = 0;
		char *msgs;
		size_t msgs_len;
		stderr = open_memstream(&msgs, &msgs_len);
		x_messages_len = 0;
		int same = 1;
		for (int call = 0; call < 40 && same && !(done_a && done_b); call++) {
			struct parse a, b;
			a.longind = b.longind = -7;
			flag_a = flag_b = 0;
			switch (mode) {
			case 0: a.ret = getopt(argc, argv_a, optstring); break;
			case 1: a.ret = getopt_long(argc, argv_a, optstring, longopts,
						    use_longind ? &a.longind : NULL); break;
			default: a.ret = getopt_long_only(argc, argv_a, optstring, longopts,
							  use_longind ? &a.longind : NULL); break;
			}
			a.optind = optind; a.optopt = optopt; a.optarg = optarg;
			a.flag_a = flag_a; a.flag_b = flag_b;
			flag_a = flag_b = 0;
			switch (mode) {
			case 0: b.ret = x_getopt(argc, argv_b, optstring); break;
			case 1: b.ret = x_getopt_long(argc, argv_b, optstring, longopts,
						      use_longind ? &b.longind : NULL); break;
			default: b.ret = x_getopt_long_only(argc, argv_b, optstring, longopts,
							    use_longind ? &b.longind : NULL); break;
			}
			b.optind = x_optind; b.optopt = x_optopt; b.optarg = x_optarg;
			b.flag_a = flag_a; b.flag_b = flag_b;
			same = a.ret == b.ret && a.optind == b.optind && a.optarg == b.optarg &&
			       a.longind == b.longind && a.flag_a == b.flag_a && a.flag_b == b.flag_b &&
			       (a.ret != '?' && a.ret != ':' ? 1 : a.optopt == b.optopt);
			if (!same) {
				char what[300];
				snprintf(what, sizeof what,
					 "call %d: ret %d/%d optind %d/%d optarg %s/%s optopt %d/%d longind %d/%d",
					 call, a.ret, b.ret, a.optind, b.optind,
					 a.optarg ? a.optarg : "NULL", b.optarg ? b.optarg : "NULL",
					 a.optopt, b.optopt, a.longind, b.longind);
				fprintf(real_stderr, "  %s\n", what);
			}
			done_a = a.ret == -1;
			done_b = b.ret == -1;
		}
		fclose(stderr);
		stderr = real_stderr;
		if (same && (msgs_len != x_messages_len || memcmp(msgs, x_messages, msgs_len))) {
			same = 0;
			fprintf(stderr, "  messages: \"%s\" / \"%.*s\"\n", msgs, (int)x_messages_len, x_messages);
		}
		if (same && memcmp(argv_a, argv_b, sizeof argv_a)) {
			same = 0;
			fprintf(stderr, "  argv order differs\n");
		}
		free(msgs);
		if (!same) {
			char what[400];
			int n = snprintf(what, sizeof what, "mode %d optstring \"%s\" longopts", mode, optstring);
			for (int k = 0; k < nlong && n < 300; k++)
				n += snprintf(what + n, sizeof what - (size_t)n, " %s/%d/%s/%d", longopts[k].name,
					      longopts[k].has_arg, longopts[k].flag ? "flag" : "-", longopts[k].val);
			n += snprintf(what + n, sizeof what - (size_t)n, " argv");
			for (int k = 1; k < argc && n < 380; k++)
				n += snprintf(what + n, sizeof what - (size_t)n, " %s", argv_a[k]);
			differ("getopt", what);
		}
	}
	return differences - before;
}

int main(int argc, char **argv)
{
	long cases = argc > 1 ? atol(argv[1]) : 250000;
	rng = argc > 2 ? strtoull(argv[2], NULL, 10) : 88172645463325252ull;
	report = stderr;
	setenv("TZ", "UTC", 1);
	unsetenv("POSIXLY_CORRECT");
	tzset();
	printf("gmtime: %ld cases, %ld differences\n", cases, gmtimes(cases));
	printf("timegm: %ld cases, %ld differences\n", cases, timegms(cases));
	printf("strftime: %ld cases, %ld differences\n", cases, strftimes(cases));
	printf("asctime: %ld cases, %ld differences\n", cases, asctimes(cases));
	printf("getopt: %ld cases, %ld differences\n", cases, getopts(cases));
	return differences != 0;
}
