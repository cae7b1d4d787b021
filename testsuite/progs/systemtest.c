/* systemtest.c - system, popen and pclose over /bin/sh -c, with the test
 * shell (minish) as /bin/sh: system's statuses (exit codes, a killed
 * shell), SIGINT and SIGQUIT ignored in the caller while the command
 * runs but the shell's own (at SIG_DFL, or ignored when the caller
 * ignored them), SIGCHLD blocked in the caller meanwhile and handled
 * after, the caller's mask in the shell; popen "r", "w", "e" (close-on-
 * exec), bad modes, earlier popen streams closed in later children,
 * pclose's status; system(NULL).  The expectations are glibc's.  argv[1]
 * "noshell": there is no /bin/sh; system(NULL) says so, system returns
 * _exit(127)'s status and popen fails with ENOENT.
 * "ok"/"FAIL" lines, exit = failures. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static int failures;
static volatile sig_atomic_t ints, chlds;

static void check(int ok, const char *what)
{
	printf("%s %s\n", ok ? "ok" : "FAIL", what);
	fflush(stdout);
	failures += !ok;
}

static void on_int(int sig)
{
	(void)sig;
	ints++;
}

static void on_chld(int sig)
{
	(void)sig;
	chlds++;
}

static int exited(int st, int code)
{
	return st != -1 && WIFEXITED(st) && WEXITSTATUS(st) == code;
}

static void systems(void)
{
	check(system(NULL) != 0, "system(NULL): there is a shell");
	check(exited(system("exit 3"), 3), "system returns the shell's exit status");
	check(exited(system("exit 0"), 0), "system(\"exit 0\") is 0");
	int st = system("kill 15 $$");
	check(st != -1 && WIFSIGNALED(st) && WTERMSIG(st) == SIGTERM, "a shell killed by SIGTERM: its signal status");
	check(exited(system("nosuchprogram"), 127), "a command the shell cannot run: 127");

	signal(SIGINT, on_int);
	signal(SIGCHLD, on_chld);
	ints = chlds = 0;
	st = system("kill 2 $PPID");
	check(exited(st, 0) && ints == 0, "the caller ignores SIGINT while the command runs");
	struct sigaction sa;
	sigaction(SIGINT, NULL, &sa);
	check(sa.sa_handler == on_int, "its SIGINT handler is back afterwards");
	check(chlds == 1, "the shell's SIGCHLD waited, blocked, and was handled once system returned");
	check(exited(system("disp 2"), 0) && exited(system("disp 3"), 0),
	      "the shell has SIGINT and SIGQUIT at their default action");
	check(exited(system("masked 17"), 0), "the shell's mask is the caller's (SIGCHLD not blocked)");
	sigset_t s, old;
	sigemptyset(&s);
	sigaddset(&s, SIGUSR1);
	sigprocmask(SIG_BLOCK, &s, &old);
	check(exited(system("masked 10"), 1), "a signal the caller blocks stays blocked in the shell");
	sigprocmask(SIG_SETMASK, &old, NULL);
	sigprocmask(SIG_BLOCK, NULL, &s);
	check(!sigismember(&s, SIGCHLD), "system leaves the caller's mask as it was");
	signal(SIGINT, SIG_IGN);
	check(exited(system("disp 2"), 1), "SIGINT ignored by the caller stays ignored in the shell");
	signal(SIGINT, SIG_DFL);
	signal(SIGCHLD, SIG_DFL);
}

static void popens(void)
{
	FILE *f = popen("echo hello world", "r");
	char buf[64] = "";
	check(f && fgets(buf, sizeof buf, f) && strcmp(buf, "hello world\n") == 0, "popen \"r\" reads the command's output");
	check(f && fgets(buf, sizeof buf, f) == NULL && feof(f), "... to its end");
	check(f && exited(pclose(f), 0), "pclose returns its status");

	f = popen("count", "w");
	check(f && fputs("forty-two bytes go to the command's input", f) >= 0 && fputc('\n', f) == '\n',
	      "popen \"w\" writes the command's input");
	check(f && exited(pclose(f), 42), "pclose: the command read 42 bytes");
	f = popen("exit 4", "w");
	check(f && exited(pclose(f), 4), "pclose of a \"w\" stream returns the exit status");
	f = popen("kill 9 $$", "r");
	int st = f ? pclose(f) : -1;
	check(st != -1 && WIFSIGNALED(st) && WTERMSIG(st) == SIGKILL, "pclose reports a killed shell");

	f = popen("exit 0", "re");
	check(f && fcntl(fileno(f), F_GETFD) == FD_CLOEXEC, "popen \"re\": the stream's fd is close-on-exec");
	if (f)
		pclose(f);
	f = popen("exit 0", "r");
	check(f && fcntl(fileno(f), F_GETFD) == 0, "popen \"r\": it is not");
	if (f)
		pclose(f);
	const char *bad[] = { "rw", "x", "", "rb", "wr" };
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		errno = 0;
		char what[64];
		snprintf(what, sizeof what, "popen mode \"%s\": NULL, EINVAL", bad[i]);
		f = popen("exit 0", bad[i]);
		check(!f && errno == EINVAL, what);
	}

	/* POSIX: a child does not inherit streams earlier popens left open. */
	FILE *first = popen("count", "w");
	FILE *second = popen("fds", "r");
	buf[0] = 0;
	check(first && second && fgets(buf, sizeof buf, second) && strcmp(buf, "0 1 2\n") == 0,
	      "the second popen's shell holds only fds 0, 1 and 2, not the first stream's");
	if (strcmp(buf, "0 1 2\n") != 0)
		printf("  its fds: %s", buf);
	if (second)
		pclose(second);
	if (first)
		check(exited(pclose(first), 0), "the first stream, closed, ends its command");
	FILE *plain = fopen("/tmp/systemtest.plain", "w");
	check(plain && pclose(plain) == 0, "pclose of a stream popen did not make closes it (glibc)");
	unlink("/tmp/systemtest.plain");
}

static void no_shell(void)
{
	check(system(NULL) == 0, "system(NULL) without /bin/sh: 0");
	check(exited(system("exit 0"), 127), "system without a shell: the status of _exit(127)");
	errno = 0;
	FILE *f = popen("exit 0", "r");
	check(!f && errno == ENOENT, "popen without a shell: NULL, ENOENT");
}

int main(int argc, char **argv)
{
	if (argc > 1 && strcmp(argv[1], "noshell") == 0) {
		no_shell();
	} else {
		systems();
		popens();
	}
	printf("done: %d failures\n", failures);
	return failures;
}
