/* systest.c - the system headers' functions in exov6: ioctl and termios
 * on the console and elsewhere, resource limits and usage, times and
 * clock, the root user and group, the ids, uname, basename/dirname,
 * sched_yield, and local time (UTC whatever TZ says).  Prints "ok TEXT" /
 * "FAIL TEXT" lines, then "done: N failures". */
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <libgen.h>
#include <pwd.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

static int failures;

static void check(int ok, const char *what)
{
	printf("%s %s\n", ok ? "ok" : "FAIL", what);
	failures += !ok;
}

static int fails(long r, int e)
{
	return r == -1 && errno == e;
}

static void terminals(void)
{
	struct winsize ws;
	check(ioctl(1, TIOCGWINSZ, &ws) == 0 && ws.ws_row == 24 && ws.ws_col == 80,
	      "ioctl(TIOCGWINSZ) on the console: 80x24");
	int p[2];
	pipe(p);
	check(fails(ioctl(p[0], TIOCGWINSZ, &ws), ENOTTY), "ioctl(TIOCGWINSZ) on a pipe: ENOTTY");
	check(fails(ioctl(99, TIOCGWINSZ, &ws), EBADF), "ioctl on a closed descriptor: EBADF");
	check(fails(ioctl(1, 0x1234, &ws), ENOTTY), "ioctl with an unknown request: ENOTTY");

	struct termios t, u;
	check(tcgetattr(0, &t) == 0 && (t.c_lflag & (ICANON | ECHO)) == (ICANON | ECHO) &&
	      t.c_cc[VINTR] == 3 && cfgetospeed(&t) == B38400 && cfgetispeed(&t) == B38400,
	      "tcgetattr on the console: canonical mode with echo, ^C, 38400 baud");
	u = t;
	cfmakeraw(&u);
	check(cfsetspeed(&u, B115200) == 0 && tcsetattr(0, TCSANOW, &u) == 0 && tcgetattr(1, &t) == 0 &&
	      !(t.c_lflag & (ICANON | ECHO)) && cfgetospeed(&t) == B115200 && cfgetispeed(&t) == B115200,
	      "tcsetattr keeps the record: raw mode and 115200 baud read back");
	check(ioctl(0, TCGETS, &u) == 0 && memcmp(&t, &u, sizeof t) == 0, "ioctl(TCGETS) reads the same record");
	u.c_lflag |= ICANON | ECHO;
	check(ioctl(0, TCSETSW, &u) == 0 && tcgetattr(0, &t) == 0 && (t.c_lflag & ICANON),
	      "ioctl(TCSETSW) writes it");
	check(fails(tcsetattr(0, 7, &t), EINVAL), "tcsetattr with a bad action: EINVAL");
	check(fails(tcgetattr(p[0], &t), ENOTTY) && fails(tcsetattr(p[1], TCSANOW, &t), ENOTTY) &&
	      fails(tcdrain(p[1]), ENOTTY), "termios calls on a pipe: ENOTTY");
	check(fails(cfsetospeed(&t, 12345), EINVAL), "cfsetospeed with a bad speed: EINVAL");
	check(tcdrain(1) == 0 && tcflush(0, TCIFLUSH) == 0 && fails(tcflush(0, 9), EINVAL) &&
	      tcflow(1, TCOON) == 0 && tcsendbreak(1, 0) == 0, "tcdrain, tcflush, tcflow, tcsendbreak");
	close(p[0]);
	close(p[1]);
}

static void resources(void)
{
	struct rlimit rl;
	check(getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur == 128 && rl.rlim_max == 128,
	      "getrlimit(RLIMIT_NOFILE): 128");
	check(getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur == 1 << 20 &&
	      getrlimit(RLIMIT_AS, &rl) == 0 && rl.rlim_cur == RLIM_INFINITY,
	      "getrlimit: a 1 MiB stack, no address-space limit");
	rl.rlim_cur = 64;
	rl.rlim_max = 128;
	check(setrlimit(RLIMIT_NOFILE, &rl) == 0 && getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur == 64,
	      "setrlimit lowers a soft limit");
	rl.rlim_cur = 128;
	check(setrlimit(RLIMIT_NOFILE, &rl) == 0, "setrlimit raises it back to the hard limit");
	rl.rlim_max = 129;
	check(fails(setrlimit(RLIMIT_NOFILE, &rl), EPERM), "setrlimit above the hard limit: EPERM");
	rl.rlim_cur = 100;
	rl.rlim_max = 50;
	check(fails(setrlimit(RLIMIT_NOFILE, &rl), EINVAL), "setrlimit with soft > hard: EINVAL");
	check(fails(getrlimit(99, &rl), EINVAL) && fails(setrlimit(-1, &rl), EINVAL),
	      "getrlimit/setrlimit of no resource: EINVAL");
	struct rusage ru;
	check(getrusage(RUSAGE_SELF, &ru) == 0 && getrusage(RUSAGE_CHILDREN, &ru) == 0 &&
	      fails(getrusage(5, &ru), EINVAL), "getrusage: self, children, EINVAL");

	struct tms before, after;
	clock_t c0 = clock(), t0 = times(&before);
	struct timespec nap = { 0, 30000000 };
	nanosleep(&nap, NULL);
	clock_t c1 = clock(), t1 = times(&after);
	check(c0 >= 0 && c1 - c0 >= 30000 && c1 - c0 < 5 * CLOCKS_PER_SEC,
	      "clock: the time since the start, in microseconds");
	check(t1 - t0 >= 3 && after.tms_utime - before.tms_utime >= 3 && after.tms_stime == 0,
	      "times: 1/100 s ticks");
}

static void users(void)
{
	struct passwd *pw = getpwuid(0);
	check(pw && strcmp(pw->pw_name, "root") == 0 && pw->pw_uid == 0 && pw->pw_gid == 0 &&
	      strcmp(pw->pw_dir, "/") == 0, "getpwuid(0): root");
	pw = getpwnam("root");
	check(pw && pw->pw_uid == 0 && strcmp(pw->pw_shell, "/bin/sh") == 0, "getpwnam(\"root\")");
	errno = 0;
	check(!getpwnam("nobody") && !getpwuid(1000) && errno == 0, "unknown users: NULL, errno unchanged");
	struct passwd pwd, *res;
	char small[8], big[256];
	check(getpwuid_r(0, &pwd, small, sizeof small, &res) == ERANGE && !res,
	      "getpwuid_r with a small buffer: ERANGE");
	check(getpwnam_r("root", &pwd, big, sizeof big, &res) == 0 && res == &pwd &&
	      strcmp(pwd.pw_name, "root") == 0, "getpwnam_r");
	struct group *gr = getgrgid(0);
	check(gr && strcmp(gr->gr_name, "root") == 0 && gr->gr_mem[0] && !strcmp(gr->gr_mem[0], "root") &&
	      !gr->gr_mem[1], "getgrgid(0): root, member root");
	check(getgrnam("root") == gr && !getgrnam("wheel") && !getgrgid(5), "getgrnam");
	struct group grp, *gres;
	check(getgrgid_r(0, &grp, small, sizeof small, &gres) == ERANGE && !gres &&
	      getgrnam_r("root", &grp, big + 1, sizeof big - 1, &gres) == 0 && gres == &grp &&
	      !strcmp(grp.gr_mem[0], "root"), "getgrgid_r/getgrnam_r");
	check(getuid() == 0 && geteuid() == 0 && getgid() == 0 && getegid() == 0, "every id is 0");
	struct utsname u;
	check(uname(&u) == 0 && strcmp(u.sysname, "exov6") == 0 && strcmp(u.machine, "x86_64") == 0,
	      "uname: exov6 on x86_64");
	check(sched_yield() == 0, "sched_yield");
}

static void paths(void)
{
	static const char *const cases[][3] = {
		{ "/usr/lib", "lib", "/usr" }, { "/usr/", "usr", "/" }, { "usr", "usr", "." },
		{ "/", "/", "/" }, { "///", "/", "/" }, { ".", ".", "." }, { "..", "..", "." },
		{ "a/b//", "b", "a" }, { "a//b", "b", "a" }, { "", ".", "." },
	};
	int all = 1;
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		char a[16], b[16];
		strcpy(a, cases[i][0]);
		strcpy(b, cases[i][0]);
		const char *base = basename(a), *dir = dirname(b);
		if (strcmp(base, cases[i][1]) || strcmp(dir, cases[i][2])) {
			printf("\"%s\": basename \"%s\", dirname \"%s\"\n", cases[i][0], base, dir);
			all = 0;
		}
	}
	check(all && !strcmp(basename(NULL), ".") && !strcmp(dirname(NULL), "."), "basename and dirname");
}

static void local_time(void)
{
	setenv("TZ", "EST5EDT", 1);
	tzset();
	time_t now = time(NULL);
	struct tm g, l;
	gmtime_r(&now, &g);
	localtime_r(&now, &l);
	check(l.tm_hour == g.tm_hour && l.tm_gmtoff == 0 && !strcmp(l.tm_zone, "UTC") &&
	      !strcmp(tzname[0], "UTC") && timezone == 0 && daylight == 0,
	      "local time is UTC, TZ ignored");
	struct tm m = l;
	m.tm_mday += 40;
	m.tm_hour -= 5;
	time_t later = mktime(&m);
	check(later == now + 40 * 86400 - 5 * 3600 && difftime(later, now) == 40 * 86400 - 5 * 3600,
	      "mktime normalizes, difftime");
	char buf[64], buf2[64];
	check(strftime(buf, sizeof buf, "%a %b %e %H:%M:%S %Y\n", &l) == 25 &&
	      !strcmp(ctime_r(&now, buf2), buf) && !strcmp(ctime(&now), buf) && !strcmp(asctime(&l), buf),
	      "ctime and asctime agree with strftime");
	time_t epoch = 0;
	check(strftime(buf, sizeof buf, "%F %T %z %Z %s", gmtime(&epoch)) > 0 &&
	      !strcmp(buf, "1970-01-01 00:00:00 +0000 GMT 0"), "strftime of the epoch");
}

int main(void)
{
	terminals();
	resources();
	users();
	paths();
	local_time();
	printf("done: %d failures\n", failures);
	return failures != 0;
}
