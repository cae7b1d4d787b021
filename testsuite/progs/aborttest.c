/* aborttest.c - abort() as POSIX has it, each case in a forked child: a
 * SIGABRT handler runs (then the process still ends with SIGABRT status),
 * an ignored or blocked SIGABRT does not save the process, a handler may
 * leave by siglongjmp, atexit handlers do not run; a bad free() and a
 * failed assert print their fixed message and end with SIGABRT.  Prints
 * "ok TEXT" / "FAIL TEXT" lines, then "done: N failures". */
#include <assert.h>
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static int failures;
static int report_fd = -1;          /* the child's end of the pipe */
static sigjmp_buf env;

static void check(int ok, const char *what)
{
	printf("%s %s\n", ok ? "ok" : "FAIL", what);
	failures += !ok;
}

static void say(const char *s)
{
	write(report_fd, s, strlen(s));
}

static void handler(int sig)
{
	say(sig == SIGABRT ? "handler;" : "wrong signal;");
}

static void jumping_handler(int sig)
{
	(void)sig;
	say("jump;");
	siglongjmp(env, 1);
}

static void at_exit(void)
{
	say("atexit;");
}

/* Run fn in a child with stderr and the report on pipes; returns the
 * wait status, the report in what and the child's stderr in err. */
static int in_child(void (*fn)(void), char *what, size_t wsize, char *err, size_t esize)
{
	int rep[2], errp[2];
	if (pipe(rep) || pipe(errp))
		return -1;
	fflush(stdout);
	pid_t pid = fork();
	if (pid == 0) {
		close(rep[0]);
		close(errp[0]);
		report_fd = rep[1];
		dup2(errp[1], 2);
		fn();
		say("returned;");
		_exit(0);
	}
	close(rep[1]);
	close(errp[1]);
	int st = -1;
	waitpid(pid, &st, 0);
	ssize_t n = read(rep[0], what, wsize - 1);
	what[n > 0 ? n : 0] = 0;
	n = read(errp[0], err, esize - 1);
	err[n > 0 ? n : 0] = 0;
	close(rep[0]);
	close(errp[0]);
	return st;
}

static void plain(void)
{
	atexit(at_exit);
	abort();
}

static void handled(void)
{
	signal(SIGABRT, handler);
	abort();
}

static void ignored(void)
{
	signal(SIGABRT, SIG_IGN);
	abort();
}

static void blocked(void)
{
	sigset_t s;
	sigemptyset(&s);
	sigaddset(&s, SIGABRT);
	sigprocmask(SIG_BLOCK, &s, NULL);
	signal(SIGABRT, handler);
	abort();
}

static void jumps(void)
{
	signal(SIGABRT, jumping_handler);
	if (sigsetjmp(env, 1) == 0) {
		abort();
	}
	say("after;");
	exit(7);
}

static void siginfo_handler(int sig, siginfo_t *info, void *uc)
{
	(void)uc;
	char buf[64];
	snprintf(buf, sizeof buf, "siginfo %d %d;", sig, info->si_signo);
	say(buf);
}

static void with_siginfo(void)
{
	struct sigaction sa = { .sa_sigaction = siginfo_handler, .sa_flags = SA_SIGINFO };
	sigemptyset(&sa.sa_mask);
	sigaction(SIGABRT, &sa, NULL);
	abort();
}

static void reset_handler(int sig)
{
	(void)sig;
	struct sigaction old;
	sigaction(SIGABRT, NULL, &old);
	say(old.sa_handler == SIG_DFL ? "reset;" : "kept;");
}

static void resethand(void)
{
	struct sigaction sa = { .sa_handler = reset_handler, .sa_flags = SA_RESETHAND };
	sigemptyset(&sa.sa_mask);
	sigaction(SIGABRT, &sa, NULL);
	abort();
}

static void bad_free(void)
{
	static long not_malloced[8];
	void *volatile p = &not_malloced[2];    /* hidden from GCC's check */
	free(p);
}

static void double_free(void)
{
	char *volatile p = malloc(40);    /* volatile: GCC would drop the pair */
	free(p);
	free(p);
}

static void failed_assert(void)
{
	int zero = 0;
	assert(zero == 1);
}

static int aborted(int st)
{
	return st != -1 && WIFSIGNALED(st) && WTERMSIG(st) == SIGABRT;
}

int main(void)
{
	char what[256], err[512];
	int st;

	st = in_child(plain, what, sizeof what, err, sizeof err);
	check(aborted(st) && what[0] == 0, "abort() ends with SIGABRT status, atexit handlers do not run");

	st = in_child(handled, what, sizeof what, err, sizeof err);
	check(aborted(st) && strcmp(what, "handler;") == 0,
	      "a SIGABRT handler runs; when it returns the process still ends with SIGABRT");

	st = in_child(ignored, what, sizeof what, err, sizeof err);
	check(aborted(st) && what[0] == 0, "an ignored SIGABRT does not stop abort()");

	st = in_child(blocked, what, sizeof what, err, sizeof err);
	check(aborted(st) && strcmp(what, "handler;") == 0,
	      "a blocked SIGABRT is unblocked: the handler runs, then SIGABRT status");

	st = in_child(jumps, what, sizeof what, err, sizeof err);
	check(st != -1 && WIFEXITED(st) && WEXITSTATUS(st) == 7 && strcmp(what, "jump;after;") == 0,
	      "a handler that siglongjmps out of abort() keeps the process alive");

	st = in_child(with_siginfo, what, sizeof what, err, sizeof err);
	check(aborted(st) && strcmp(what, "siginfo 6 6;") == 0, "an SA_SIGINFO handler gets si_signo SIGABRT");

	st = in_child(resethand, what, sizeof what, err, sizeof err);
	check(aborted(st) && strcmp(what, "reset;") == 0, "SA_RESETHAND: the handler runs once, then SIGABRT status");

	st = in_child(bad_free, what, sizeof what, err, sizeof err);
	check(aborted(st) && strcmp(err, "free(): invalid or already freed pointer\n") == 0,
	      "free() of a pointer malloc did not give: fixed message, SIGABRT status");

	st = in_child(double_free, what, sizeof what, err, sizeof err);
	check(aborted(st) && strcmp(err, "free(): invalid or already freed pointer\n") == 0,
	      "a double free(): fixed message, SIGABRT status");

	st = in_child(failed_assert, what, sizeof what, err, sizeof err);
	check(aborted(st) && strstr(err, "Assertion `zero == 1' failed.") != NULL,
	      "a failed assert: glibc's message, SIGABRT status");

	printf("done: %d failures\n", failures);
	return failures != 0;
}
