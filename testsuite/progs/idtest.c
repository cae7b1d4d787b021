/* idtest.c - identity with one user: the get*id calls answer root; the
 * set*id calls succeed for 0, fail with EPERM for any other id (exov6
 * has no other user to become, where Linux's root could) and take -1 as
 * "unchanged" where Linux does (EINVAL where it does not); getresuid,
 * getgroups, setgroups, initgroups; getlogin and getlogin_r; ttyname and
 * ttyname_r of the console, of descriptors that are no terminal, of
 * closed ones, into a buffer too small.  "ok"/"FAIL" lines, exit =
 * failures. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static int failures;

static void check(int ok, const char *what)
{
	printf("%s %s\n", ok ? "ok" : "FAIL", what);
	fflush(stdout);
	failures += !ok;
}

static int fails(int r, int err)
{
	int e = errno;
	errno = 0;
	return r == -1 && e == err;
}

static void ids(void)
{
	check(getuid() == 0 && geteuid() == 0 && getgid() == 0 && getegid() == 0, "every id is root's");
	check(setuid(0) == 0 && setgid(0) == 0 && seteuid(0) == 0 && setegid(0) == 0,
	      "setuid, setgid, seteuid, setegid to 0 succeed");
	errno = 0;
	check(fails(setuid(1000), EPERM), "setuid(1000): EPERM");
	check(fails(setgid(1000), EPERM), "setgid(1000): EPERM");
	check(fails(seteuid(1000), EPERM), "seteuid(1000): EPERM");
	check(fails(setegid(1000), EPERM), "setegid(1000): EPERM");
	check(fails(setuid((uid_t)-1), EINVAL), "setuid(-1): EINVAL (Linux)");
	check(fails(seteuid((uid_t)-1), EINVAL), "seteuid(-1): EINVAL (glibc)");
	check(setreuid((uid_t)-1, (uid_t)-1) == 0 && setreuid(0, (uid_t)-1) == 0 && setreuid((uid_t)-1, 0) == 0,
	      "setreuid: -1 means unchanged");
	check(fails(setreuid((uid_t)-1, 1000), EPERM) && fails(setreuid(1000, 0), EPERM), "setreuid to 1000: EPERM");
	check(setregid((gid_t)-1, 0) == 0 && fails(setregid(5, (gid_t)-1), EPERM), "setregid");
	check(setresuid((uid_t)-1, (uid_t)-1, (uid_t)-1) == 0 && setresuid(0, 0, 0) == 0,
	      "setresuid: 0 and -1 (unchanged)");
	check(fails(setresuid(0, 1000, 0), EPERM) && fails(setresgid(0, 0, 1000), EPERM),
	      "setresuid and setresgid with an id not 0: EPERM");
	check(setresgid((gid_t)-1, 0, (gid_t)-1) == 0, "setresgid");
	uid_t r = 9, e = 9, s = 9;
	gid_t gr = 9, ge = 9, gs = 9;
	check(getresuid(&r, &e, &s) == 0 && r == 0 && e == 0 && s == 0 &&
	      getresgid(&gr, &ge, &gs) == 0 && gr == 0 && ge == 0 && gs == 0, "getresuid and getresgid: 0");
	check(fails(getresuid((uid_t *)8, &e, &s), EFAULT), "getresuid of a bad pointer: EFAULT");
}

static void groups(void)
{
	gid_t list[4] = { 9, 9, 9, 9 };
	check(getgroups(0, NULL) == 1, "getgroups(0, NULL) counts one group");
	check(getgroups(4, list) == 1 && list[0] == 0, "it is group 0");
	check(fails(getgroups(-1, list), EINVAL), "getgroups(-1): EINVAL");
	check(setgroups(0, NULL) == 0 && getgroups(0, NULL) == 0, "setgroups(0, NULL) drops them");
	gid_t two[2] = { 0, 0 };
	check(setgroups(2, two) == 0 && getgroups(0, NULL) == 2, "setgroups to group 0 twice");
	check(fails(getgroups(1, list), EINVAL), "getgroups into too small a list: EINVAL");
	gid_t other[1] = { 1000 };
	check(fails(setgroups(1, other), EPERM), "setgroups with group 1000: EPERM");
	check(fails(setgroups(65537, list), EINVAL), "setgroups of more than NGROUPS_MAX: EINVAL");
	check(initgroups("root", 0) == 0 && getgroups(4, list) == 1 && list[0] == 0, "initgroups(\"root\", 0)");
	check(fails(initgroups("root", 1000), EPERM), "initgroups with group 1000: EPERM");
}

static void names(void)
{
	char buf[64];
	check(getlogin() && strcmp(getlogin(), "root") == 0, "getlogin: root");
	check(getlogin_r(buf, sizeof buf) == 0 && strcmp(buf, "root") == 0, "getlogin_r");
	check(getlogin_r(buf, 4) == ERANGE, "getlogin_r into 4 bytes: ERANGE");
	struct passwd *pw = getpwuid(getuid());
	check(pw && strcmp(pw->pw_name, getlogin()) == 0, "getpwuid(getuid()) is getlogin()'s user");

	check(ttyname(0) && strcmp(ttyname(0), "/dev/console") == 0, "ttyname of the console: /dev/console");
	check(ttyname_r(1, buf, sizeof buf) == 0 && strcmp(buf, "/dev/console") == 0, "ttyname_r");
	check(ttyname_r(1, buf, 12) == ERANGE, "ttyname_r into 12 bytes: ERANGE");
	int tty = open("/dev/tty", O_RDWR);
	check(tty >= 0 && ttyname(tty) && strcmp(ttyname(tty), "/dev/console") == 0,
	      "/dev/tty opened is the console");
	close(tty);
	int null = open("/dev/null", O_RDONLY);
	errno = 0;
	check(ttyname(null) == NULL && errno == ENOTTY, "ttyname of /dev/null: NULL, ENOTTY");
	check(ttyname_r(null, buf, sizeof buf) == ENOTTY, "ttyname_r of /dev/null: ENOTTY");
	close(null);
	int p[2];
	pipe(p);
	errno = 0;
	check(ttyname(p[0]) == NULL && errno == ENOTTY, "ttyname of a pipe: ENOTTY");
	close(p[0]);
	close(p[1]);
	errno = 0;
	check(ttyname(99) == NULL && errno == EBADF && ttyname_r(-1, buf, sizeof buf) == EBADF,
	      "ttyname of a closed fd: EBADF");
}

int main(void)
{
	ids();
	groups();
	names();
	printf("done: %d failures\n", failures);
	return failures;
}
