/* sigtest.c - signals and time in the libOS: fault signals reach handlers
 * with siginfo and a ucontext they may change, kill and raise with default
 * actions, handlers, masks and SIG_IGN, interrupted sleeps, WNOHANG, orphans
 * adopted and reaped by the first program, and the clocks.  "ok"/"FAIL"
 * lines, exit = failures. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/time.h>
#include <sys/ucontext.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int failures;
static volatile sig_atomic_t hits, last_sig;
static void *volatile fault_addr;
static volatile int fault_code;

static void check(int ok, const char *what)
{
	printf("%s %s\n", ok ? "ok" : "FAIL", what);
	failures += !ok;
}

static int child_status(pid_t pid)
{
	int status = -1;
	waitpid(pid, &status, 0);
	return status;
}

static void on_segv(int sig, siginfo_t *info, void *ctx)
{
	(void)ctx;
	last_sig = sig;
	fault_addr = info->si_addr;
	fault_code = info->si_code;
	mprotect((void *)((unsigned long)info->si_addr & ~4095ul), 4096, PROT_READ | PROT_WRITE);
}

static void on_ill(int sig, siginfo_t *info, void *ctx)
{
	(void)info;
	last_sig = sig;
	((ucontext_t *)ctx)->uc_mcontext.gregs[REG_RIP] += 2;  /* skip ud2 */
}

static void exit_with_sig(int sig)
{
	_exit(100 + sig);
}

static void count(int sig)
{
	last_sig = sig;
	hits++;
}

static void fault_signals(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_segv;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGSEGV, &sa, NULL);
	volatile char *page = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	page[100] = 'w';        /* faults; the handler makes the page writable */
	check(last_sig == SIGSEGV && fault_addr == page + 100 && fault_code == SEGV_ACCERR &&
	      page[100] == 'w', "SIGSEGV handler gets si_addr and fixes the fault");
	signal(SIGSEGV, SIG_DFL);

	sa.sa_sigaction = on_ill;
	sigaction(SIGILL, &sa, NULL);
	last_sig = 0;
	__asm__ volatile("ud2");
	check(last_sig == SIGILL, "SIGILL handler skips the instruction through its ucontext");

	pid_t pid = fork();
	if (pid == 0) {
		signal(SIGFPE, exit_with_sig);
		volatile int a = 7, z = 0;
		printf("%d\n", a / z);
		_exit(1);
	}
	int st = child_status(pid);
	check(WIFEXITED(st) && WEXITSTATUS(st) == 100 + SIGFPE, "SIGFPE reaches its handler");

	/* QEMU's TCG does not raise alignment-check faults, so SIGBUS is
	 * raised: it still travels kernel -> upcall -> handler. */
	pid = fork();
	if (pid == 0) {
		signal(SIGBUS, exit_with_sig);
		raise(SIGBUS);
		_exit(1);
	}
	st = child_status(pid);
	check(WIFEXITED(st) && WEXITSTATUS(st) == 100 + SIGBUS, "SIGBUS reaches its handler");

	pid = fork();
	if (pid == 0) {
		*(volatile int *)0 = 1;
		_exit(1);
	}
	st = child_status(pid);
	check(WIFSIGNALED(st) && WTERMSIG(st) == SIGSEGV, "an unhandled SIGSEGV still kills");
}

static void kills(void)
{
	pid_t pid = fork();
	if (pid == 0) {
		sleep(100);
		_exit(1);
	}
	int status = 0;
	check(waitpid(pid, &status, WNOHANG) == 0, "WNOHANG returns 0 while the child runs");
	check(kill(pid, SIGTERM) == 0, "kill SIGTERM");
	int st = child_status(pid);
	check(WIFSIGNALED(st) && WTERMSIG(st) == SIGTERM, "SIGTERM ends a sleeping child");

	pid = fork();
	if (pid == 0) {
		signal(SIGTERM, SIG_IGN);
		for (;;)
			sleep(100);
	}
	struct timespec t = { 0, 100000000 };
	nanosleep(&t, NULL);
	kill(pid, SIGKILL);
	st = child_status(pid);
	check(WIFSIGNALED(st) && WTERMSIG(st) == SIGKILL, "SIGKILL ends a child whatever it handles");

	pid = fork();
	if (pid == 0) {
		signal(SIGUSR1, count);
		struct timespec req = { 100, 0 }, rem;
		int r = nanosleep(&req, &rem);
		_exit(r == -1 && errno == EINTR && hits == 1 && last_sig == SIGUSR1 && rem.tv_sec > 50 ? 0 : 1);
	}
	nanosleep(&t, NULL);
	kill(pid, SIGUSR1);
	st = child_status(pid);
	check(WIFEXITED(st) && WEXITSTATUS(st) == 0, "a handled signal interrupts nanosleep with EINTR");

	errno = 0;
	check(kill(999999, SIGTERM) == -1 && errno == ESRCH, "kill of no process is ESRCH");
	errno = 0;
	check(kill(getpid(), 99) == -1 && errno == EINVAL, "kill with a bad signal is EINVAL");
	check(kill(getpid(), 0) == 0, "kill with signal 0 checks existence");
}

static void handlers(void)
{
	hits = 0;
	signal(SIGUSR2, count);
	raise(SIGUSR2);
	check(hits == 1 && last_sig == SIGUSR2, "raise runs the handler before returning");

	sigset_t set, pending;
	sigemptyset(&set);
	sigaddset(&set, SIGUSR2);
	sigprocmask(SIG_BLOCK, &set, NULL);
	raise(SIGUSR2);
	sigpending(&pending);
	check(hits == 1 && sigismember(&pending, SIGUSR2) == 1, "a blocked signal waits as pending");
	sigprocmask(SIG_UNBLOCK, &set, NULL);
	check(hits == 2, "unblocking runs the pending handler");

	signal(SIGUSR1, SIG_IGN);
	raise(SIGUSR1);
	raise(SIGCHLD);
	raise(SIGWINCH);
	check(1, "ignored and default-ignored signals do nothing");

	struct sigaction sa, old;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = count;
	errno = 0;
	check(sigaction(SIGKILL, &sa, NULL) == -1 && errno == EINVAL, "SIGKILL cannot be caught");
	check(sigaction(SIGUSR2, NULL, &old) == 0 && old.sa_handler == count, "sigaction reports the old handler");
	check(sigaddset(&set, 0) == -1 && errno == EINVAL, "sigaddset rejects signal 0");

	pid_t pid = fork();
	if (pid == 0) {
		signal(SIGUSR1, SIG_DFL);
		raise(SIGUSR1);
		_exit(1);
	}
	int st = child_status(pid);
	check(WIFSIGNALED(st) && WTERMSIG(st) == SIGUSR1, "default action of SIGUSR1 terminates");
}

static void orphans(void)
{
	pid_t me = getpid();
	pid_t mid = fork();
	if (mid == 0) {
		pid_t grandchild = fork();
		if (grandchild == 0) {
			struct timespec t = { 0, 200000000 };
			nanosleep(&t, NULL);
			_exit(getppid() == me ? 33 : 34);
		}
		_exit(0);
	}
	int st = child_status(mid);
	int st2 = -1;
	pid_t reaped = wait(&st2);
	check(WIFEXITED(st) && reaped > 0 && WIFEXITED(st2) && WEXITSTATUS(st2) == 33,
	      "an orphan is adopted by the first program and reaped by it");
}

static void clocks(void)
{
	struct timespec a, b, t = { 0, 150000000 };
	clock_gettime(CLOCK_MONOTONIC, &a);
	check(nanosleep(&t, NULL) == 0, "nanosleep 150 ms");
	clock_gettime(CLOCK_MONOTONIC, &b);
	long ms = (b.tv_sec - a.tv_sec) * 1000 + (b.tv_nsec - a.tv_nsec) / 1000000;
	char what[80];
	snprintf(what, sizeof what, "the monotonic clock saw the sleep (%ld ms)", ms);
	check(ms >= 150 && ms < 2000, what);
	time_t now = time(NULL);
	check(now > 1577836800 && now < 4102444800, "time() is a date between 2020 and 2100");
	struct timeval tv;
	gettimeofday(&tv, NULL);
	check(tv.tv_sec >= now && tv.tv_sec <= now + 2 && tv.tv_usec >= 0 && tv.tv_usec < 1000000,
	      "gettimeofday agrees with time()");
	t.tv_nsec = 1000000000;
	errno = 0;
	check(nanosleep(&t, NULL) == -1 && errno == EINVAL, "nanosleep rejects 10^9 ns");
	check(sleep(0) == 0, "sleep(0)");
}

int main(void)
{
	fault_signals();
	kills();
	handlers();
	orphans();
	clocks();
	printf("done: %d failures\n", failures);
	return failures;
}
