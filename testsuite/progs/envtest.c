/* envtest.c - the environment: what the loader passed in, getenv, setenv
 * with and without overwrite, putenv, unsetenv, bad names, and that a
 * child started by fork and exec sees the changes. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static int failures;

static void check(int ok, const char *what)
{
	printf("%s %s\n", ok ? "ok" : "FAIL", what);
	failures += !ok;
}

int main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "child")) {
		const char *v = getenv("EXOV6_TEST");
		return v && !strcmp(v, "inherited") && !getenv("GONE") ? 0 : 1;
	}
	check(getenv("PATH") && !strcmp(getenv("PATH"), "/bin:/usr/bin"), "the environment from init arrives");
	check(getenv("NOPE") == NULL, "getenv of an unset name is NULL");
	check(setenv("A", "1", 0) == 0 && !strcmp(getenv("A"), "1"), "setenv adds");
	check(setenv("A", "2", 0) == 0 && !strcmp(getenv("A"), "1"), "setenv without overwrite keeps");
	check(setenv("A", "3", 1) == 0 && !strcmp(getenv("A"), "3"), "setenv with overwrite replaces");
	static char entry[] = "P=putenv";
	check(putenv(entry) == 0 && !strcmp(getenv("P"), "putenv"), "putenv adds");
	entry[2] = 'P';
	check(!strcmp(getenv("P"), "Putenv"), "putenv's string is the environment");
	check(unsetenv("A") == 0 && getenv("A") == NULL && getenv("P") != NULL, "unsetenv removes one name");
	errno = 0;
	check(setenv("B=C", "x", 1) == -1 && errno == EINVAL, "setenv rejects a name with '='");
	errno = 0;
	check(setenv("", "x", 1) == -1 && errno == EINVAL, "setenv rejects an empty name");
	errno = 0;
	check(putenv("novalue") == -1 && errno == EINVAL, "putenv rejects a string without '='");
	for (int i = 0; i < 200; i++) {
		char name[16];
		snprintf(name, sizeof name, "V%d", i);
		setenv(name, name, 1);
	}
	check(!strcmp(getenv("V0"), "V0") && !strcmp(getenv("V199"), "V199"), "200 variables");
	setenv("EXOV6_TEST", "inherited", 1);
	setenv("GONE", "x", 1);
	unsetenv("GONE");
	pid_t pid = fork();
	if (pid == 0) {
		char *cargv[] = { "envtest", "child", NULL };
		execv("envtest", cargv);
		_exit(99);
	}
	int status;
	waitpid(pid, &status, 0);
	check(WIFEXITED(status) && WEXITSTATUS(status) == 0, "a forked and exec'd child sees the changes");
	printf("done: %d failures\n", failures);
	return failures;
}
