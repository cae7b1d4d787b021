/* spawntest.c - what exec and posix_spawn keep: the signal mask, ignored
 * signals (handled ones back at their default action), pending signals
 * across exec but not into a spawned child; POSIX_SPAWN_SETSIGMASK and
 * SETSIGDEF; file actions (addopen, adddup2, addclose, addchdir_np,
 * addfchdir_np) run in order in the child before exec, glibc's rules for
 * each, a failing one (or a program that cannot run) making posix_spawn
 * return its errno with no child left; SETSID; vfork.  The child is this
 * program again: argv[1] "report" exits with a code describing its
 * signal state, "write" writes argv[2] to standard output (or to fd
 * argv[3]).  Linux's and glibc's answers: the program builds and passes
 * there too.  argv[1] otherwise: a scratch directory.
 * "ok"/"FAIL" lines, exit = failures. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

/* The report's bits. */
#define USR1_BLOCKED 1
#define USR1_PENDING 2
#define USR2_IGNORED 4
#define TERM_DEFAULT 8
#define FD3_OPEN     16

static int failures;
static char self[PATH_MAX];
extern char **environ;

static void check(int ok, const char *what)
{
	printf("%s %s\n", ok ? "ok" : "FAIL", what);
	fflush(stdout);
	failures += !ok;
}

static int report(void)
{
	sigset_t mask, pend;
	struct sigaction usr2, term;
	sigprocmask(SIG_BLOCK, NULL, &mask);
	sigpending(&pend);
	sigaction(SIGUSR2, NULL, &usr2);
	sigaction(SIGTERM, NULL, &term);
	int code = (sigismember(&mask, SIGUSR1) ? USR1_BLOCKED : 0) |
		   (sigismember(&pend, SIGUSR1) ? USR1_PENDING : 0) |
		   (usr2.sa_handler == SIG_IGN ? USR2_IGNORED : 0) |
		   (term.sa_handler == SIG_DFL ? TERM_DEFAULT : 0) |
		   (fcntl(3, F_GETFD) >= 0 ? FD3_OPEN : 0);
	if (code & USR2_IGNORED)
		raise(SIGUSR2);         /* survives only because it is ignored */
	return code;
}

static void on_term(int sig)
{
	(void)sig;
}

static int status_of(pid_t pid)
{
	int st = -1;
	while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
		;
	return st;
}

static int no_child_left(void)
{
	errno = 0;
	return waitpid(-1, NULL, WNOHANG) == -1 && errno == ECHILD;
}

static void reset(void)
{
	sigset_t none;
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
	signal(SIGUSR1, SIG_DFL);
	signal(SIGUSR2, SIG_DFL);
	signal(SIGTERM, SIG_DFL);
}

/* Our signal state for the inheritance checks: SIGUSR1 blocked and
 * pending, SIGUSR2 ignored, SIGTERM handled. */
static void prepare(void)
{
	sigset_t s;
	sigemptyset(&s);
	sigaddset(&s, SIGUSR1);
	sigprocmask(SIG_BLOCK, &s, NULL);
	signal(SIGUSR1, on_term);
	raise(SIGUSR1);
	signal(SIGUSR2, SIG_IGN);
	signal(SIGTERM, on_term);
}

static void exec_keeps(void)
{
	prepare();
	pid_t pid = fork();
	if (pid == 0) {
		raise(SIGUSR1);         /* a forked child starts with none pending */
		char *argv[] = { self, "report", NULL };
		execv(self, argv);
		_exit(99);
	}
	int st = status_of(pid);
	check(WIFEXITED(st) && (WEXITSTATUS(st) & ~FD3_OPEN) ==
	      (USR1_BLOCKED | USR1_PENDING | USR2_IGNORED | TERM_DEFAULT),
	      "exec keeps the mask, SIG_IGN and pending signals; a handler becomes SIG_DFL");
	char *argv[] = { "spawntest", "report", NULL };
	int r = posix_spawn(&pid, self, NULL, NULL, argv, environ);
	st = status_of(pid);
	check(r == 0 && WIFEXITED(st) && (WEXITSTATUS(st) & ~FD3_OPEN) ==
	      (USR1_BLOCKED | USR2_IGNORED | TERM_DEFAULT),
	      "posix_spawn: the mask and SIG_IGN, no pending signal, handlers at SIG_DFL");

	posix_spawnattr_t attr;
	posix_spawnattr_init(&attr);
	sigset_t m, got;
	sigemptyset(&m);
	sigaddset(&m, SIGHUP);
	check(posix_spawnattr_setsigmask(&attr, &m) == 0 && posix_spawnattr_getsigmask(&attr, &got) == 0 &&
	      sigismember(&got, SIGHUP) == 1 && sigismember(&got, SIGUSR1) == 0,
	      "posix_spawnattr_setsigmask/getsigmask");
	posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK);
	r = posix_spawn(&pid, self, NULL, &attr, argv, environ);
	st = status_of(pid);
	check(r == 0 && WIFEXITED(st) && (WEXITSTATUS(st) & ~FD3_OPEN) == (USR2_IGNORED | TERM_DEFAULT),
	      "POSIX_SPAWN_SETSIGMASK gives the child its mask");
	sigemptyset(&m);
	sigaddset(&m, SIGUSR2);
	posix_spawnattr_setsigdefault(&attr, &m);
	posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF);
	r = posix_spawn(&pid, self, NULL, &attr, argv, environ);
	st = status_of(pid);
	check(r == 0 && WIFEXITED(st) && (WEXITSTATUS(st) & ~FD3_OPEN) == (USR1_BLOCKED | TERM_DEFAULT),
	      "POSIX_SPAWN_SETSIGDEF puts an ignored signal back to SIG_DFL");
	posix_spawn_file_actions_t fa;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addclose(&fa, 40);
	posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);
	sigemptyset(&m);
	sigaddset(&m, SIGUSR1);
	posix_spawnattr_setsigmask(&attr, &m);
	r = posix_spawn(&pid, self, &fa, &attr, argv, environ);
	st = status_of(pid);
	check(r == 0 && WIFEXITED(st) && (WEXITSTATUS(st) & ~FD3_OPEN) == (USR1_BLOCKED | TERM_DEFAULT),
	      "with file actions too: SETSIGMASK, SETSIGDEF, handlers at SIG_DFL");
	posix_spawn_file_actions_destroy(&fa);
	posix_spawnattr_destroy(&attr);
	reset();
}

static int file_is(const char *path, const char *want)
{
	char buf[256];
	int fd = open(path, O_RDONLY);
	if (fd < 0)
		return 0;
	ssize_t n = read(fd, buf, sizeof buf - 1);
	close(fd);
	buf[n > 0 ? n : 0] = 0;
	return strcmp(buf, want) == 0;
}

static void actions(const char *dir)
{
	char path[PATH_MAX];
	snprintf(path, sizeof path, "%s/spawn.out", dir);
	unlink(path);
	posix_spawn_file_actions_t fa;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 3, path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	posix_spawn_file_actions_adddup2(&fa, 3, 1);
	posix_spawn_file_actions_addclose(&fa, 3);
	char *argv[] = { "spawntest", "write", "hello", NULL };
	pid_t pid;
	int r = posix_spawn(&pid, self, &fa, NULL, argv, environ);
	int st = status_of(pid);
	check(r == 0 && WIFEXITED(st) && WEXITSTATUS(st) == 0 && file_is(path, "hello"),
	      "addopen, adddup2, addclose in order: the child's stdout is the file");
	char *rargv[] = { "spawntest", "report", NULL };
	r = posix_spawn(&pid, self, &fa, NULL, rargv, environ);
	st = status_of(pid);
	check(r == 0 && WIFEXITED(st) && !(WEXITSTATUS(st) & FD3_OPEN), "... and fd 3 is closed in it");
	posix_spawn_file_actions_destroy(&fa);

	/* The same actions in another order fail: close, then dup2 it. */
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 3, path, O_RDONLY, 0);
	posix_spawn_file_actions_addclose(&fa, 3);
	posix_spawn_file_actions_adddup2(&fa, 3, 1);
	r = posix_spawn(&pid, self, &fa, NULL, argv, environ);
	check(r == EBADF && no_child_left(), "a dup2 of an fd closed before fails: EBADF, no child left");
	posix_spawn_file_actions_destroy(&fa);

	posix_spawn_file_actions_init(&fa);
	char missing[PATH_MAX];
	snprintf(missing, sizeof missing, "%s/no/such/file", dir);
	posix_spawn_file_actions_addopen(&fa, 0, missing, O_RDONLY, 0);
	r = posix_spawn(&pid, self, &fa, NULL, argv, environ);
	check(r == ENOENT && no_child_left(), "an addopen of a missing file: ENOENT, no child left");
	posix_spawn_file_actions_destroy(&fa);

	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addclose(&fa, 50);        /* not open: fine */
	r = posix_spawn(&pid, self, &fa, NULL, rargv, environ);
	st = status_of(pid);
	check(r == 0 && WIFEXITED(st), "closing an fd that is not open is no error");
	r = posix_spawn(&pid, "/no/such/program", &fa, NULL, argv, environ);
	check(r == ENOENT && no_child_left(), "a program that cannot run, with actions: ENOENT, no child left");
	posix_spawn_file_actions_destroy(&fa);
	r = posix_spawn(&pid, "/no/such/program", NULL, NULL, argv, environ);
	check(r == ENOENT && no_child_left(), "... and without: ENOENT, no child left");

	check(posix_spawn_file_actions_init(&fa) == 0 &&
	      posix_spawn_file_actions_addclose(&fa, -1) == EBADF &&
	      posix_spawn_file_actions_adddup2(&fa, -1, 1) == EBADF &&
	      posix_spawn_file_actions_adddup2(&fa, 1, -1) == EBADF &&
	      posix_spawn_file_actions_addopen(&fa, -1, path, O_RDONLY, 0) == EBADF &&
	      posix_spawn_file_actions_addclose(&fa, 1 << 24) == EBADF,
	      "adding actions on bad fds: EBADF");
	posix_spawn_file_actions_destroy(&fa);
	posix_spawn_file_actions_init(&fa);
	check(posix_spawn_file_actions_addfchdir_np(&fa, -1) == 0 &&
	      posix_spawn(&pid, self, &fa, NULL, argv, environ) == EBADF && no_child_left(),
	      "addfchdir_np takes any fd (glibc); a bad one fails the spawn: EBADF");
	posix_spawn_file_actions_destroy(&fa);

	/* dup2 of an fd onto itself clears close-on-exec (glibc 2.29+). */
	int p[2];
	pipe2(p, O_CLOEXEC);
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, p[1], p[1]);
	char fdname[16];
	snprintf(fdname, sizeof fdname, "%d", p[1]);
	char *wargv[] = { "spawntest", "write", "piped", fdname, NULL };
	r = posix_spawn(&pid, self, &fa, NULL, wargv, environ);
	close(p[1]);
	char buf[32] = "";
	ssize_t n = read(p[0], buf, sizeof buf - 1);
	buf[n > 0 ? n : 0] = 0;
	st = status_of(pid);
	check(r == 0 && strcmp(buf, "piped") == 0 && WIFEXITED(st) && WEXITSTATUS(st) == 0,
	      "adddup2(fd, fd) keeps a close-on-exec fd open in the child");
	close(p[0]);
	posix_spawn_file_actions_destroy(&fa);

	/* chdir: relative paths, and the program itself, from there. */
	char cwd[PATH_MAX], prog_dir[PATH_MAX], prog_name[PATH_MAX];
	getcwd(cwd, sizeof cwd);
	strcpy(prog_dir, self);
	char *slash = strrchr(prog_dir, '/');
	*slash = 0;
	snprintf(prog_name, sizeof prog_name, "./%s", slash + 1);
	chdir(dir);
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addchdir_np(&fa, prog_dir);
	snprintf(path, sizeof path, "%s/spawn.rel", dir);
	unlink(path);
	posix_spawn_file_actions_addopen(&fa, 1, path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	char *cargv[] = { "spawntest", "write", "there", NULL };
	r = posix_spawn(&pid, prog_name, &fa, NULL, cargv, environ);
	st = status_of(pid);
	check(r == 0 && WIFEXITED(st) && WEXITSTATUS(st) == 0 && file_is(path, "there"),
	      "addchdir_np runs before exec: a relative program path is found from there");
	posix_spawn_file_actions_destroy(&fa);
	chdir(cwd);

	int dfd = open(dir, O_RDONLY);
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addfchdir_np(&fa, dfd);
	posix_spawn_file_actions_addopen(&fa, 1, "spawn.fch", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	char *fargv[] = { "spawntest", "write", "fchdir", NULL };
	r = posix_spawn(&pid, self, &fa, NULL, fargv, environ);
	st = status_of(pid);
	snprintf(path, sizeof path, "%s/spawn.fch", dir);
	check(r == 0 && WIFEXITED(st) && file_is(path, "fchdir"),
	      "addfchdir_np: the child's relative opens happen there");
	char probe[PATH_MAX];
	check(getcwd(probe, sizeof probe) && strcmp(probe, cwd) == 0, "the parent's directory is unchanged");
	posix_spawn_file_actions_destroy(&fa);
	close(dfd);

	/* posix_spawnp searches PATH, with file actions or without. */
	char *saved = getenv("PATH") ? strdup(getenv("PATH")) : NULL;
	setenv("PATH", prog_dir, 1);
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addclose(&fa, 50);
	r = posix_spawnp(&pid, slash + 1, &fa, NULL, rargv, environ);
	st = status_of(pid);
	int r2 = posix_spawnp(&pid, slash + 1, NULL, NULL, rargv, environ);
	int st2 = status_of(pid);
	check(r == 0 && WIFEXITED(st) && r2 == 0 && WIFEXITED(st2), "posix_spawnp finds the program in PATH, with and without actions");
	r = posix_spawnp(&pid, "no-such-program", &fa, NULL, rargv, environ);
	check(r == ENOENT && no_child_left(), "posix_spawnp of a program in no PATH directory: ENOENT");
	posix_spawn_file_actions_destroy(&fa);
	if (saved) {
		setenv("PATH", saved, 1);
		free(saved);
	} else {
		unsetenv("PATH");
	}

	posix_spawnattr_t attr;
	posix_spawnattr_init(&attr);
	posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSID);
	char *sargv[] = { "spawntest", "session", NULL };
	r = posix_spawn(&pid, self, NULL, &attr, sargv, environ);
	st = status_of(pid);
	check(r == 0 && WIFEXITED(st) && WEXITSTATUS(st) == 0, "POSIX_SPAWN_SETSID: the child leads a session");
	posix_spawnattr_destroy(&attr);
	errno = 0;
	posix_spawnattr_init(&attr);
	check(posix_spawnattr_setflags(&attr, 0x4000) == EINVAL, "posix_spawnattr_setflags of an unknown flag: EINVAL");
	posix_spawnattr_destroy(&attr);
}

static void vforks(void)
{
	pid_t pid = vfork();
	if (pid == 0)
		_exit(7);
	int st = status_of(pid);
	check(pid > 0 && WIFEXITED(st) && WEXITSTATUS(st) == 7, "vfork: the child runs and exits");
	pid = vfork();
	if (pid == 0) {
		char *argv[] = { "spawntest", "write", "", NULL };
		execv(self, argv);
		_exit(99);
	}
	st = status_of(pid);
	check(WIFEXITED(st) && WEXITSTATUS(st) == 0, "vfork then exec");
}

int main(int argc, char **argv)
{
	if (argc > 1 && strcmp(argv[1], "report") == 0)
		return report();
	if (argc > 2 && strcmp(argv[1], "write") == 0) {
		int fd = argc > 3 ? atoi(argv[3]) : 1;
		size_t n = strlen(argv[2]);
		return write(fd, argv[2], n) == (ssize_t)n ? 0 : 1;
	}
	if (argc > 1 && strcmp(argv[1], "session") == 0)
		return getsid(0) == getpid() ? 0 : 1;
	/* Our own path, absolute, to exec ourselves from anywhere. */
	const char *name = argv[0][0] == '.' && argv[0][1] == '/' ? argv[0] + 2 : argv[0];
	if (name[0] == '/' || !getcwd(self, sizeof self - 256) || strlen(name) > 200)
		snprintf(self, sizeof self, "%.200s", name);
	else
		strcat(strcat(self, "/"), name);
	exec_keeps();
	actions(argc > 1 ? argv[1] : "/tmp");
	vforks();
	printf("done: %d failures\n", failures);
	return failures;
}
