/* sigwaittest.c - waiting for signals and the mask interfaces: sigsuspend,
 * pause, sigwait, sigwaitinfo, sigtimedwait (what they take, what ends
 * them, what does not), which signals stay pending (Linux keeps blocked
 * ones whatever their action; setting SIG_IGN drops a pending one; a
 * forked child has none), pthread_sigmask, the BSD and System V calls,
 * siginterrupt, psignal, psiginfo, sigabbrev_np and sigdescr_np, and bad
 * input.  Every expectation is glibc's on Linux: the program builds and
 * passes there too (checks only exov6 can make are marked).  "ok"/"FAIL"
 * lines, exit = failures. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int failures;
static volatile sig_atomic_t hits1, hits2;

static void check(int ok, const char *what)
{
	printf("%s %s\n", ok ? "ok" : "FAIL", what);
	fflush(stdout);
	failures += !ok;
}

static void on_usr1(int sig)
{
	(void)sig;
	hits1++;
}

static void on_usr2(int sig)
{
	(void)sig;
	hits2++;
}

static void handle(int sig, void (*h)(int), int flags)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = h;
	sa.sa_flags = flags;
	sigaction(sig, &sa, NULL);
}

static sigset_t set_of(int sig)
{
	sigset_t s;
	sigemptyset(&s);
	if (sig)
		sigaddset(&s, sig);
	return s;
}

static void set_mask(sigset_t s)
{
	sigprocmask(SIG_SETMASK, &s, NULL);
}

static int blocked(int sig)
{
	sigset_t s;
	sigprocmask(SIG_BLOCK, NULL, &s);
	return sigismember(&s, sig) == 1;
}

static int pending(int sig)
{
	sigset_t s;
	sigpending(&s);
	return sigismember(&s, sig) == 1;
}

/* A child that sends sig1 (0: none) at once, then sig2 after ms. */
static pid_t sender(int sig1, int sig2, int ms)
{
	pid_t parent = getpid(), pid = fork();
	if (pid == 0) {
		if (sig1)
			kill(parent, sig1);
		usleep(ms * 1000);
		if (sig2)
			kill(parent, sig2);
		_exit(0);
	}
	return pid;
}

static void reap(pid_t pid)
{
	while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
		;
}

static long ms_since(const struct timespec *a)
{
	struct timespec b;
	clock_gettime(CLOCK_MONOTONIC, &b);
	return (b.tv_sec - a->tv_sec) * 1000 + (b.tv_nsec - a->tv_nsec) / 1000000;
}

static void suspend(void)
{
	handle(SIGUSR1, on_usr1, 0);
	handle(SIGUSR2, on_usr2, 0);
	set_mask(set_of(SIGUSR1));
	hits1 = 0;
	raise(SIGUSR1);
	check(hits1 == 0 && pending(SIGUSR1), "a blocked signal waits as pending");
	sigset_t none = set_of(0);
	errno = 0;
	int r = sigsuspend(&none);
	check(r == -1 && errno == EINTR && hits1 == 1, "sigsuspend runs a pending signal it unblocks, EINTR");
	check(blocked(SIGUSR1), "sigsuspend restores the mask");

	/* Glibc/Linux: a signal the child sends later wakes the wait. */
	hits2 = 0;
	pid_t pid = sender(0, SIGUSR2, 100);
	r = sigsuspend(&none);
	check(r == -1 && errno == EINTR && hits2 == 1, "sigsuspend wakes for a signal sent later");
	reap(pid);

	/* Only a handler ends it: an ignored signal, then a handled one. */
	signal(SIGHUP, SIG_IGN);
	hits2 = 0;
	pid = sender(SIGHUP, SIGUSR2, 150);
	r = sigsuspend(&none);
	check(r == -1 && hits2 == 1, "an ignored signal does not end sigsuspend");
	reap(pid);
	signal(SIGHUP, SIG_DFL);

	/* A child's end (SIGCHLD, default: ignored) does not either. */
	hits2 = 0;
	pid = sender(0, SIGUSR2, 150);
	pid_t quick = fork();
	if (quick == 0)
		_exit(0);
	r = sigsuspend(&none);
	check(r == -1 && hits2 == 1, "a child's SIGCHLD (default action) does not end sigsuspend");
	reap(pid);
	reap(quick);

	hits2 = 0;
	pid = sender(0, SIGUSR2, 100);
	errno = 0;
	r = pause();
	check(r == -1 && errno == EINTR && hits2 == 1, "pause returns EINTR after a handler");
	reap(pid);

	/* XSI sigpause: take sig out of the mask and wait. */
	set_mask(set_of(SIGUSR2));
	hits2 = 0;
	pid = sender(0, SIGUSR2, 100);
	r = sigpause(SIGUSR2);
	check(r == -1 && errno == EINTR && hits2 == 1 && blocked(SIGUSR2),
	      "sigpause(sig) unblocks sig while it waits, then restores the mask");
	reap(pid);
	errno = 0;
	check(sigsuspend((sigset_t *)8) == -1 && errno == EFAULT, "sigsuspend of a bad pointer is EFAULT");
	set_mask(set_of(0));
}

static void waits(void)
{
	handle(SIGUSR1, on_usr1, 0);
	set_mask(set_of(SIGUSR1));
	hits1 = 0;
	pid_t pid = sender(0, SIGUSR1, 50);
	int sig = 0;
	sigset_t want = set_of(SIGUSR1);
	check(sigwait(&want, &sig) == 0 && sig == SIGUSR1 && hits1 == 0,
	      "sigwait takes a blocked signal without running its handler");
	reap(pid);

	pid = sender(0, SIGUSR1, 50);
	siginfo_t info;
	memset(&info, 0, sizeof info);
	int r = sigwaitinfo(&want, &info);
	check(r == SIGUSR1 && info.si_signo == SIGUSR1 && info.si_code == SI_USER && info.si_pid == pid,
	      "sigwaitinfo: si_signo, si_code SI_USER, si_pid of the sender");
	reap(pid);

	struct timespec t0, timeout = { 0, 100000000 };
	clock_gettime(CLOCK_MONOTONIC, &t0);
	errno = 0;
	r = sigtimedwait(&want, &info, &timeout);
	long ms = ms_since(&t0);
	check(r == -1 && errno == EAGAIN && ms >= 90 && ms < 2000, "sigtimedwait times out with EAGAIN");
	raise(SIGUSR1);
	struct timespec zero = { 0, 0 };
	check(sigtimedwait(&want, NULL, &zero) == SIGUSR1 && !pending(SIGUSR1),
	      "sigtimedwait with a zero timeout takes a pending signal");
	errno = 0;
	check(sigtimedwait(&want, NULL, &zero) == -1 && errno == EAGAIN,
	      "sigtimedwait with a zero timeout and nothing pending: EAGAIN");
	struct timespec bad = { 0, 1000000000 };
	errno = 0;
	check(sigtimedwait(&want, NULL, &bad) == -1 && errno == EINVAL,
	      "sigtimedwait with tv_nsec 10^9: EINVAL");

	/* A handler for a signal outside the set ends the wait. */
	handle(SIGUSR2, on_usr2, SA_RESTART);
	hits2 = 0;
	pid = sender(0, SIGUSR2, 50);
	struct timespec long_wait = { 5, 0 };
	errno = 0;
	r = sigtimedwait(&want, NULL, &long_wait);
	check(r == -1 && errno == EINTR && hits2 == 1,
	      "a handled signal outside the set ends sigtimedwait with EINTR");
	reap(pid);

	/* Linux takes an unblocked signal of the set too, handler unrun. */
	hits2 = 0;
	sigset_t want2 = set_of(SIGUSR2);
	pid = sender(0, SIGUSR2, 50);
	r = sigwaitinfo(&want2, &info);
	check(r == SIGUSR2 && hits2 == 0, "sigwaitinfo takes an unblocked signal of its set, handler unrun");
	reap(pid);

	/* The classic: SIGCHLD blocked (default action), waited for. */
	set_mask(set_of(SIGCHLD));
	pid = fork();
	if (pid == 0)
		_exit(3);
	sigset_t chld = set_of(SIGCHLD);
	memset(&info, 0, sizeof info);
	r = sigwaitinfo(&chld, &info);
	check(r == SIGCHLD && info.si_code == CLD_EXITED && info.si_pid == pid,
	      "a blocked SIGCHLD waits pending for sigwaitinfo (CLD_EXITED, the child's pid)");
	int st = 0;
	check(waitpid(pid, &st, 0) == pid && WEXITSTATUS(st) == 3, "the child is still there to reap");
	set_mask(set_of(0));
	errno = 0;
	check(sigwaitinfo((sigset_t *)8, NULL) == -1 && errno == EFAULT, "sigwaitinfo of a bad set: EFAULT");
}

static void pending_rules(void)
{
	/* Linux keeps a blocked signal pending even when it is ignored. */
	set_mask(set_of(SIGUSR1));
	signal(SIGUSR1, SIG_IGN);
	raise(SIGUSR1);
	check(pending(SIGUSR1), "a blocked, ignored signal stays pending (as on Linux)");
	set_mask(set_of(0));
	check(!pending(SIGUSR1), "unblocked, the ignored signal is gone");
	handle(SIGUSR1, on_usr1, 0);
	set_mask(set_of(SIGUSR1));
	raise(SIGUSR1);
	signal(SIGUSR1, SIG_IGN);
	check(!pending(SIGUSR1), "setting SIG_IGN discards a pending signal (POSIX)");
	handle(SIGUSR1, on_usr1, 0);
	raise(SIGUSR1);
	signal(SIGWINCH, SIG_DFL);
	set_mask(set_of(SIGWINCH));
	raise(SIGWINCH);
	check(pending(SIGWINCH), "a blocked default-ignored signal stays pending");
	signal(SIGWINCH, SIG_DFL);
	check(!pending(SIGWINCH), "setting SIG_DFL on a default-ignored signal discards it");
	set_mask(set_of(SIGUSR1));
	raise(SIGUSR1);
	pid_t pid = fork();
	if (pid == 0)
		_exit(pending(SIGUSR1) ? 1 : blocked(SIGUSR1) ? 0 : 2);
	int st = -1;
	waitpid(pid, &st, 0);
	check(WIFEXITED(st) && WEXITSTATUS(st) == 0, "a forked child keeps the mask, not the pending signals");
	hits1 = 0;
	set_mask(set_of(0));
	check(hits1 == 1, "the parent's pending signal runs when unblocked");
}

static void masks(void)
{
	sigset_t s = set_of(SIGUSR1), old;
	check(pthread_sigmask(SIG_BLOCK, &s, &old) == 0 && blocked(SIGUSR1),
	      "pthread_sigmask blocks like sigprocmask");
	errno = 0;
	check(pthread_sigmask(99, &s, NULL) == EINVAL && errno == 0,
	      "pthread_sigmask with a bad how returns EINVAL, errno untouched");
	errno = 0;
	check(sigprocmask(99, &s, NULL) == -1 && errno == EINVAL, "sigprocmask with a bad how: -1 EINVAL");
	check(sigprocmask(99, NULL, &old) == 0, "sigprocmask with a bad how but no set only reads (Linux)");
	sigset_t all;
	sigfillset(&all);
	sigprocmask(SIG_SETMASK, &all, NULL);
	check(!blocked(SIGKILL) && !blocked(SIGSTOP) && blocked(SIGTERM),
	      "SIGKILL and SIGSTOP cannot be blocked");
#ifdef __exov6__
	errno = 0;
	check(sigprocmask(SIG_BLOCK, (sigset_t *)8, NULL) == -1 && errno == EFAULT,
	      "sigprocmask of a bad pointer: EFAULT (glibc faults in user space)");
#endif
	errno = 0;
	check(sigpending((sigset_t *)8) == -1 && errno == EFAULT, "sigpending of a bad pointer: EFAULT");
	set_mask(set_of(0));

	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = SIG_IGN;
	errno = 0;
	check(sigaction(0, &sa, NULL) == -1 && errno == EINVAL, "sigaction(0): EINVAL");
	errno = 0;
	check(sigaction(65, &sa, NULL) == -1 && errno == EINVAL, "sigaction(65): EINVAL");
	errno = 0;
	check(sigaction(SIGSTOP, &sa, NULL) == -1 && errno == EINVAL, "SIGSTOP cannot be ignored");
	check(sigaction(SIGKILL, NULL, &sa) == 0 && sa.sa_handler == SIG_DFL, "SIGKILL's action can be read");
#ifdef __exov6__
	errno = 0;
	check(sigaction(SIGUSR1, (struct sigaction *)8, NULL) == -1 && errno == EFAULT,
	      "sigaction of a bad pointer: EFAULT (glibc faults in user space)");
#endif
	errno = 0;
	check(sigaddset(&s, 0) == -1 && errno == EINVAL && sigismember(&s, 65) == -1,
	      "set operations refuse signals 0 and 65");
	sigset_t a = set_of(SIGUSR1), b = set_of(SIGUSR2), c;
	sigorset(&c, &a, &b);
	check(sigismember(&c, SIGUSR1) == 1 && sigismember(&c, SIGUSR2) == 1 && !sigisemptyset(&c),
	      "sigorset");
	sigandset(&c, &a, &b);
	check(sigisemptyset(&c) == 1, "sigandset, sigisemptyset");

	/* BSD masks: an int, bit sig-1. */
	set_mask(set_of(0));
	int was = sigblock(sigmask(SIGUSR1) | sigmask(SIGUSR2));
	check(was == 0 && blocked(SIGUSR1) && blocked(SIGUSR2), "sigblock");
	check(siggetmask() == (sigmask(SIGUSR1) | sigmask(SIGUSR2)), "siggetmask");
	was = sigsetmask(sigmask(SIGTERM));
	check(was == (sigmask(SIGUSR1) | sigmask(SIGUSR2)) && blocked(SIGTERM) && !blocked(SIGUSR1),
	      "sigsetmask returns the old mask");
	set_mask(set_of(0));

	/* System V. */
	check(sighold(SIGUSR1) == 0 && blocked(SIGUSR1), "sighold");
	check(sigrelse(SIGUSR1) == 0 && !blocked(SIGUSR1), "sigrelse");
	errno = 0;
	check(sighold(0) == -1 && errno == EINVAL, "sighold(0): EINVAL");
	check(sigignore(SIGUSR2) == 0 && sigaction(SIGUSR2, NULL, &sa) == 0 && sa.sa_handler == SIG_IGN,
	      "sigignore");
	errno = 0;
	check(sigignore(SIGKILL) == -1 && errno == EINVAL, "sigignore(SIGKILL): EINVAL");
	check(sigset(SIGUSR2, on_usr2) == SIG_IGN, "sigset returns the old disposition");
	check(sigset(SIGUSR2, SIG_HOLD) == on_usr2 && blocked(SIGUSR2), "sigset SIG_HOLD blocks");
	check(sigset(SIGUSR2, SIG_HOLD) == SIG_HOLD, "sigset reports SIG_HOLD for a held signal");
	check(sigset(SIGUSR2, SIG_DFL) == SIG_HOLD && !blocked(SIGUSR2), "sigset releases a held signal");
	check(sigset(0, SIG_DFL) == SIG_ERR, "sigset(0): SIG_ERR");

	/* siginterrupt: SA_RESTART off (1) or on (0). */
	handle(SIGUSR1, on_usr1, 0);
	siginterrupt(SIGUSR1, 0);
	sigaction(SIGUSR1, NULL, &sa);
	int on = (sa.sa_flags & SA_RESTART) != 0;
	siginterrupt(SIGUSR1, 1);
	sigaction(SIGUSR1, NULL, &sa);
	check(on && !(sa.sa_flags & SA_RESTART) && sa.sa_handler == on_usr1, "siginterrupt");
	errno = 0;
	check(siginterrupt(0, 1) == -1 && errno == EINVAL, "siginterrupt(0): EINVAL");
	signal(SIGUSR1, SIG_DFL);
	signal(SIGUSR2, SIG_DFL);
}

/* psignal and psiginfo write to stderr: capture it through a pipe. */
static void capture(const char *expect, void (*fn)(void), const char *what)
{
	int fds[2];
	pipe(fds);
	fflush(stderr);
	int saved = dup(2);
	dup2(fds[1], 2);
	close(fds[1]);
	fn();
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	char buf[512];
	ssize_t n = read(fds[0], buf, sizeof buf - 1);
	close(fds[0]);
	buf[n > 0 ? n : 0] = 0;
	check(strcmp(buf, expect) == 0, what);
	if (strcmp(buf, expect) != 0)
		printf("  got \"%s\"\n", buf);
}

static void ps1(void)
{
	psignal(SIGINT, "msg");
	psignal(SIGTERM, "");
	psignal(99, NULL);
}

static void ps2(void)
{
	siginfo_t i;
	memset(&i, 0, sizeof i);
	i.si_signo = SIGUSR1;
	i.si_code = SI_USER;
	i.si_pid = 42;
	psiginfo(&i, "user");
	i.si_signo = SIGALRM;
	i.si_code = SI_KERNEL;
	i.si_pid = 0;
	psiginfo(&i, NULL);
	i.si_signo = SIGSEGV;
	i.si_code = SEGV_MAPERR;
	i.si_addr = (void *)0x1234;
	psiginfo(&i, "segv");
	i.si_signo = SIGCHLD;
	i.si_code = CLD_EXITED;
	i.si_pid = 7;
	i.si_status = 3;
	psiginfo(&i, "chld");
	i.si_signo = SIGFPE;
	i.si_code = FPE_FLTRES;
	i.si_addr = 0;
	psiginfo(&i, "");
	i.si_signo = 99;
	psiginfo(&i, "bad");
}

static void descriptions(void)
{
	capture("msg: Interrupt\nTerminated\nUnknown signal 99\n", ps1, "psignal, glibc's format");
	capture("user: User defined signal 1 (Signal sent by kill() 42 0)\n"
		"Alarm clock (Signal sent by the kernel 0 0)\n"
		"segv: Segmentation fault (Address not mapped to object [0x1234])\n"
		"chld: Child exited (Child has exited 7 3 0)\n"
		"Floating point exception (Floating-poing inexact result [(nil)])\n"
		"bad: Unknown signal 99\n", ps2, "psiginfo, glibc's format");
	check(strcmp(sigabbrev_np(SIGINT), "INT") == 0 && strcmp(sigdescr_np(SIGCHLD), "Child exited") == 0 &&
	      strcmp(sigabbrev_np(SIGIO), "POLL") == 0 && !sigabbrev_np(0) && !sigdescr_np(32) &&
	      !sigdescr_np(-1),
	      "sigabbrev_np and sigdescr_np (NULL for no signal)");
}

/* Booted bare, we are the first program, which only our parent (none)
 * may signal: run the checks in a child, which its children may. */
static void not_first(void)
{
	if (getppid() != 0)
		return;
	pid_t pid = fork();
	if (pid == 0)
		return;
	int st = 0;
	while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
		;
	exit(WIFEXITED(st) ? WEXITSTATUS(st) : 100 + WTERMSIG(st));
}

int main(void)
{
	not_first();
	suspend();
	waits();
	pending_rules();
	masks();
	descriptions();
	printf("done: %d failures\n", failures);
	return failures;
}
