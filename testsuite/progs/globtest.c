/* globtest.c - glob and globfree inside exov6 on a tree made under
 * /tmp/g: sorted matches across directory levels, every flag, and the
 * errors (GLOB_NOMATCH, GLOB_ABORTED from missing and unreadable
 * directories, errfunc).  Prints "ok TEXT" / "FAIL TEXT" lines, then
 * "done: N failures". */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <glob.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int failures;

static void check(int ok, const char *what)
{
	printf("%s %s\n", ok ? "ok" : "FAIL", what);
	failures += !ok;
}

static void touch(const char *path)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (fd >= 0)
		close(fd);
}

/* Does glob give r and exactly the paths in want (space-separated)? */
static int globs(const char *pattern, int flags, int r, const char *want)
{
	glob_t g;
	int got = glob(pattern, flags, NULL, &g);
	char all[1024] = "";
	if (got == 0)
		for (size_t i = 0; i < g.gl_pathc; i++) {
			if (i > 0)
				strcat(all, " ");
			strcat(all, g.gl_pathv[i]);
		}
	if (got == 0)
		globfree(&g);
	if (got != r || strcmp(all, want) != 0) {
		printf("  %s: got %d [%s], want %d [%s]\n", pattern, got, all, r, want);
		return 0;
	}
	return 1;
}

static const char *err_path;
static int err_errno, err_calls;

static int record(const char *path, int error)
{
	static char last[256];
	snprintf(last, sizeof last, "%s", path);
	err_path = last;
	err_errno = error;
	err_calls++;
	return 0;
}

int main(void)
{
	mkdir("/tmp", 0755);
	mkdir("/tmp/g", 0755);
	mkdir("/tmp/g/ga", 0755);
	mkdir("/tmp/g/gb", 0755);
	mkdir("/tmp/g/h", 0755);
	const char *files[] = { "/tmp/g/ga/a1.c", "/tmp/g/ga/b2.c", "/tmp/g/ga/c3.c",
		"/tmp/g/ga/ab.c", "/tmp/g/gb/b1.c", "/tmp/g/gb/a9.h", "/tmp/g/gb/.a1.c",
		"/tmp/g/h/a1.c", "/tmp/g/gfile", "/tmp/g/x*y" };
	for (size_t i = 0; i < sizeof files / sizeof files[0]; i++)
		touch(files[i]);

	check(globs("/tmp/g/g*/[ab]?.c", 0, 0,
		    "/tmp/g/ga/a1.c /tmp/g/ga/ab.c /tmp/g/ga/b2.c /tmp/g/gb/b1.c"),
	      "glob across levels, sorted");
	check(globs("/tmp/g/*", 0, 0, "/tmp/g/ga /tmp/g/gb /tmp/g/gfile /tmp/g/h /tmp/g/x*y"),
	      "glob of one directory");
	check(globs("/tmp/g/*", GLOB_MARK, 0,
		    "/tmp/g/ga/ /tmp/g/gb/ /tmp/g/gfile /tmp/g/h/ /tmp/g/x*y"),
	      "GLOB_MARK marks directories");
	check(globs("/tmp/g/g*/", 0, 0, "/tmp/g/ga/ /tmp/g/gb/"),
	      "a trailing slash matches directories only");
	check(globs("/tmp/g/gb/*", 0, 0, "/tmp/g/gb/a9.h /tmp/g/gb/b1.c"),
	      "a leading period is not matched by a wildcard");
	check(globs("/tmp/g/gb/*", GLOB_PERIOD, 0,
		    "/tmp/g/gb/. /tmp/g/gb/.. /tmp/g/gb/.a1.c /tmp/g/gb/a9.h /tmp/g/gb/b1.c"),
	      "GLOB_PERIOD lets wildcards match a leading period");
	check(globs("/tmp/g/gb/.a*", 0, 0, "/tmp/g/gb/.a1.c"), "an explicit period matches");
	check(globs("/tmp/g/*/a1.c", 0, 0, "/tmp/g/ga/a1.c /tmp/g/h/a1.c"),
	      "wildcard directory, literal file name");
	check(globs("/tmp/g/x\\*y", 0, 0, "/tmp/g/x*y"), "an escaped '*' is literal");
	check(globs("/tmp/g/x\\*y", GLOB_NOESCAPE, GLOB_NOMATCH, ""),
	      "GLOB_NOESCAPE: the backslash is an ordinary character");
	check(globs("/tmp/g/*.none", 0, GLOB_NOMATCH, ""), "no match: GLOB_NOMATCH");
	check(globs("/tmp/g/*.none", GLOB_NOCHECK, 0, "/tmp/g/*.none"),
	      "GLOB_NOCHECK gives back the pattern");
	check(globs("/tmp/g/gfile/*", 0, GLOB_NOMATCH, ""),
	      "a file taken as a directory is no match (ENOTDIR ignored)");
	check(globs("/tmp/g/gfile", 0, 0, "/tmp/g/gfile"), "a pattern without wildcards that exists");
	check(globs("/tmp/g/nothing", 0, GLOB_NOMATCH, ""), "a pattern without wildcards that does not");

	glob_t g;
	int r = glob("/tmp/g/ga/*.c", GLOB_NOSORT, NULL, &g);
	int all_there = r == 0 && g.gl_pathc == 4;
	for (size_t i = 0; all_there && i < 4; i++)
		all_there = strncmp(g.gl_pathv[i], "/tmp/g/ga/", 10) == 0;
	check(all_there, "GLOB_NOSORT gives all the matches");
	if (r == 0)
		globfree(&g);

	g.gl_offs = 2;
	r = glob("/tmp/g/ga/a*", GLOB_DOOFFS, NULL, &g);
	check(r == 0 && g.gl_pathv[0] == NULL && g.gl_pathv[1] == NULL && g.gl_pathc == 2 &&
	      strcmp(g.gl_pathv[2], "/tmp/g/ga/a1.c") == 0 && g.gl_pathv[4] == NULL,
	      "GLOB_DOOFFS leaves gl_offs empty slots");
	r = glob("/tmp/g/gb/b*", GLOB_DOOFFS | GLOB_APPEND, NULL, &g);
	check(r == 0 && g.gl_pathc == 3 && g.gl_pathv[1] == NULL &&
	      strcmp(g.gl_pathv[4], "/tmp/g/gb/b1.c") == 0 && g.gl_pathv[5] == NULL,
	      "GLOB_APPEND adds to the list");
	r = glob("/tmp/g/*.none", GLOB_DOOFFS | GLOB_APPEND | GLOB_NOCHECK, NULL, &g);
	check(r == 0 && g.gl_pathc == 4 && strcmp(g.gl_pathv[5], "/tmp/g/*.none") == 0,
	      "GLOB_APPEND with GLOB_NOCHECK");
	globfree(&g);
	check(g.gl_pathv == NULL && g.gl_pathc == 0, "globfree empties the list");

	r = glob("/tmp/nodir/*", 0, record, &g);
	check(r == GLOB_NOMATCH && err_calls == 1 && strcmp(err_path, "/tmp/nodir") == 0 &&
	      err_errno == ENOENT, "a missing directory: errfunc called with ENOENT");
	r = glob("/tmp/nodir/*", GLOB_ERR, NULL, &g);
	check(r == GLOB_ABORTED, "a missing directory with GLOB_ERR: GLOB_ABORTED");

	/* An unreadable directory: only where permissions are enforced. */
	mkdir("/tmp/g/locked", 0755);
	touch("/tmp/g/locked/f");
	chmod("/tmp/g/locked", 0);
	DIR *d = opendir("/tmp/g/locked");
	if (d == NULL) {
		err_calls = 0;
		r = glob("/tmp/g/locked/*", 0, record, &g);
		check(r == GLOB_NOMATCH && err_calls == 1 && err_errno == EACCES,
		      "an unreadable directory: errfunc called with EACCES");
		r = glob("/tmp/g/locked/*", GLOB_ERR, NULL, &g);
		check(r == GLOB_ABORTED, "an unreadable directory with GLOB_ERR: GLOB_ABORTED");
	} else {
		closedir(d);
		printf("note: permissions are not enforced, an unreadable directory cannot be made\n");
	}
	chmod("/tmp/g/locked", 0755);
	printf("done: %d failures\n", failures);
	return failures != 0;
}
