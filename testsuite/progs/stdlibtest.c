/* stdlibtest.c - mkstemp, mkostemp, mkdtemp and realpath on the root file
 * system, with their errors.  Prints "ok TEXT" / "FAIL TEXT" lines, then
 * "done: N failures". */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
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

static int random_part_ok(const char *name, const char *prefix)
{
	size_t n = strlen(prefix);
	if (strncmp(name, prefix, n) != 0 || strlen(name) != n + 6)
		return 0;
	for (const char *p = name + n; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9')))
			return 0;
	return 1;
}

static void temp_files(void)
{
	char names[20][32];
	int all = 1;
	for (int i = 0; i < 20; i++) {
		strcpy(names[i], "/tmp/mkXXXXXX");
		int fd = mkstemp(names[i]);
		struct stat st;
		all &= fd >= 0 && random_part_ok(names[i], "/tmp/mk") && fstat(fd, &st) == 0 &&
		       S_ISREG(st.st_mode) && (st.st_mode & 0777) == 0600 && st.st_size == 0 &&
		       write(fd, "x", 1) == 1 && close(fd) == 0;
		for (int j = 0; j < i; j++)
			all &= strcmp(names[i], names[j]) != 0;
	}
	check(all, "mkstemp: 20 distinct new files, mode 0600, read-write");
	for (int i = 0; i < 20; i++)
		unlink(names[i]);

	char t[64];
	static const char *const bad[] = { "/tmp/mk", "/tmp/mkXXXXX", "/tmp/XXXXXXy", "XXXXX", "" };
	all = 1;
	for (int i = 0; i < 5; i++) {
		strcpy(t, bad[i]);
		all &= fails(mkstemp(t), EINVAL) && strcmp(t, bad[i]) == 0;
		all &= mkdtemp(t) == NULL && errno == EINVAL;
		all &= fails(mkostemp(t, 0), EINVAL);
	}
	check(all, "templates without a trailing XXXXXX: EINVAL, template unchanged");
	strcpy(t, "/nonexistent/mkXXXXXX");
	check(fails(mkstemp(t), ENOENT), "mkstemp in a missing directory: ENOENT");
	strcpy(t, "/tmp/mkXXXXXX");
	check(fails(mkostemp(t, O_TRUNC), EINVAL), "mkostemp with a flag it does not take: EINVAL");

	strcpy(t, "/tmp/moXXXXXX");
	int fd = mkostemp(t, O_CLOEXEC | O_APPEND);
	check(fd >= 0 && (fcntl(fd, F_GETFD) & FD_CLOEXEC) && (fcntl(fd, F_GETFL) & O_APPEND),
	      "mkostemp(O_CLOEXEC | O_APPEND): the flags are set");
	close(fd);
	unlink(t);

	strcpy(t, "/tmp/mdXXXXXX");
	char *d = mkdtemp(t);
	struct stat st;
	check(d == t && random_part_ok(t, "/tmp/md") && stat(t, &st) == 0 && S_ISDIR(st.st_mode) &&
	      (st.st_mode & 0777) == 0700, "mkdtemp: a new directory, mode 0700");
	rmdir(t);
	strcpy(t, "/nonexistent/mdXXXXXX");
	check(mkdtemp(t) == NULL && errno == ENOENT, "mkdtemp in a missing directory: ENOENT");
}

static int resolves(const char *path, const char *want)
{
	char buf[PATH_MAX];
	char *r = realpath(path, buf);
	if (!r || strcmp(r, want) != 0) {
		printf("realpath(%s) = %s, want %s\n", path, r ? r : strerror(errno), want);
		return 0;
	}
	return r == buf;
}

static int refuses(const char *path, int e)
{
	char buf[PATH_MAX];
	errno = 0;
	if (realpath(path, buf) != NULL || errno != e) {
		printf("realpath(%s): errno %d, want %d\n", path, errno, e);
		return 0;
	}
	return 1;
}

static void real_paths(void)
{
	mkdir("/tmp/rp", 0755);
	mkdir("/tmp/rp/a", 0755);
	mkdir("/tmp/rp/a/b", 0755);
	close(open("/tmp/rp/f", O_CREAT | O_WRONLY, 0644));
	symlink("a/b", "/tmp/rp/rel");
	symlink("/tmp/rp/a", "/tmp/rp/abs");
	symlink("../f", "/tmp/rp/a/up");
	symlink("rel/..", "/tmp/rp/chain");
	symlink("loop2", "/tmp/rp/loop1");
	symlink("loop1", "/tmp/rp/loop2");
	symlink("missing", "/tmp/rp/dangling");
	symlink("f", "/tmp/rp/tofile");

	check(resolves("/", "/") && resolves("/..", "/") && resolves("//tmp///rp//", "/tmp/rp"),
	      "realpath: root, /.. and repeated slashes");
	check(resolves("/tmp/rp/./a/../a/b/", "/tmp/rp/a/b") && resolves("/tmp/rp/a/b/../..", "/tmp/rp"),
	      "realpath: . and ..");
	check(resolves("/tmp/rp/rel", "/tmp/rp/a/b") && resolves("/tmp/rp/abs/b/..", "/tmp/rp/a"),
	      "realpath: relative and absolute symlinks");
	check(resolves("/tmp/rp/a/up", "/tmp/rp/f") && resolves("/tmp/rp/chain/b", "/tmp/rp/a/b"),
	      "realpath: symlinks with .. and symlinks through symlinks");
	check(chdir("/tmp/rp/a") == 0 && resolves("b/../../rel", "/tmp/rp/a/b") && resolves(".", "/tmp/rp/a") &&
	      resolves("..", "/tmp/rp"), "realpath: relative paths from the working directory");
	chdir("/");
	char *m = realpath("/tmp/rp/abs", NULL);
	check(m && strcmp(m, "/tmp/rp/a") == 0, "realpath(path, NULL) allocates the result");
	free(m);

	check(refuses("/tmp/rp/nothing", ENOENT) && refuses("/tmp/rp/nothing/a", ENOENT) &&
	      refuses("/tmp/rp/dangling", ENOENT), "realpath: ENOENT for missing files and dangling links");
	check(refuses("", ENOENT), "realpath(\"\"): ENOENT");
	check(refuses("/tmp/rp/f/x", ENOTDIR) && refuses("/tmp/rp/f/", ENOTDIR) &&
	      refuses("/tmp/rp/tofile/", ENOTDIR) && refuses("/tmp/rp/f/..", ENOTDIR),
	      "realpath: ENOTDIR through a regular file");
	check(refuses("/tmp/rp/loop1", ELOOP) && refuses("/tmp/rp/loop2/x", ELOOP),
	      "realpath: ELOOP for a symlink loop");
	errno = 0;
	check(realpath(NULL, NULL) == NULL && errno == EINVAL, "realpath(NULL): EINVAL");
}

int main(void)
{
	temp_files();
	real_paths();
	printf("done: %d failures\n", failures);
	return failures != 0;
}
