/* jmptest.c - setjmp/longjmp, _setjmp/_longjmp and sigsetjmp/siglongjmp:
 * values, locals, jumps across nested frames and levels, and jumps out
 * of signal handlers (a SIGSEGV caught through sigaction, a handler run
 * inside another) with and without the signal mask.  Prints "ok TEXT" /
 * "FAIL TEXT" lines, then "done: N failures". */
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

static int failures;

static void check(int ok, const char *what)
{
	printf("%s %s\n", ok ? "ok" : "FAIL", what);
	failures += !ok;
}

static jmp_buf plain;
static sigjmp_buf with_mask;

static void jump_plain(int val)
{
	longjmp(plain, val);
}

/* Recursion to `depth`, each level with its own buffer; the deepest one
 * jumps to level `target`, which counts the arrival and returns. */
static jmp_buf levels[12];
static volatile int arrived[12];

static void descend(int level, int depth, int target)
{
	if (setjmp(levels[level])) {
		arrived[level]++;
		return;
	}
	if (level == depth)
		longjmp(levels[target], level + 1);
	descend(level + 1, depth, target);
}

static int blocked(int sig)
{
	sigset_t now;
	sigprocmask(SIG_BLOCK, NULL, &now);
	return sigismember(&now, sig);
}

static volatile int segv_count;
static int use_siglongjmp;

static void on_segv(int sig, siginfo_t *info, void *ctx)
{
	(void)info;
	(void)ctx;
	segv_count++;
	if (use_siglongjmp)
		siglongjmp(with_mask, sig);
	_longjmp(plain, sig);
}

static void on_usr1(int sig)
{
	siglongjmp(with_mask, sig);
}

/* A handler that takes another signal whose handler jumps out of both. */
static void on_segv_raising(int sig)
{
	(void)sig;
	raise(SIGUSR1);
	check(0, "nested handler: the inner jump came back");
}

static int *volatile nowhere = (int *)8;

static void fault(void)
{
	*(volatile int *)nowhere = 1;
}

static void install(int sig, void (*handler)(int), void (*action)(int, siginfo_t *, void *))
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sigemptyset(&sa.sa_mask);
	if (action) {
		sa.sa_sigaction = action;
		sa.sa_flags = SA_SIGINFO;
	} else {
		sa.sa_handler = handler;
	}
	sigaction(sig, &sa, NULL);
}

int main(void)
{
	volatile int local = 1;
	int r = setjmp(plain);
	if (r == 0) {
		local = 2;
		jump_plain(42);
	}
	check(r == 42, "setjmp returns longjmp's value");
	check(local == 2, "a volatile local keeps its value across longjmp");

	r = setjmp(plain);
	if (r == 0)
		jump_plain(0);
	check(r == 1, "longjmp(env, 0) makes setjmp return 1");

	r = _setjmp(plain);
	if (r == 0)
		_longjmp(plain, 7);
	check(r == 7, "_setjmp/_longjmp");

	/* Jumps across 10 frames, to several levels, repeatedly. */
	int all = 1;
	for (int target = 0; target < 10; target++) {
		memset((void *)arrived, 0, sizeof arrived);
		descend(0, 10, target);
		for (int i = 0; i < 12; i++)
			all &= arrived[i] == (i == target);
	}
	check(all, "longjmp from 10 levels down reaches each level, once");

	/* A jump that re-enters the same setjmp many times. */
	volatile int rounds = 0;
	if (setjmp(plain) < 100) {
		rounds++;
		if (rounds < 100)
			longjmp(plain, rounds);
	}
	check(rounds == 100, "100 longjmps to the same setjmp");

	/* SIGSEGV caught through sigaction, left by siglongjmp: the mask is
	 * restored each time, so the next fault is caught too. */
	install(SIGSEGV, NULL, on_segv);
	use_siglongjmp = 1;
	volatile int caught = 0;
	for (volatile int i = 0; i < 5; i++) {
		r = sigsetjmp(with_mask, 1);
		if (r == 0)
			fault();
		caught += r == SIGSEGV;
	}
	check(caught == 5 && segv_count == 5, "siglongjmp out of a SIGSEGV handler, 5 times");
	check(!blocked(SIGSEGV), "sigsetjmp(env, 1): SIGSEGV unblocked after siglongjmp");

	/* _longjmp does not restore the mask: SIGSEGV stays blocked. */
	use_siglongjmp = 0;
	r = _setjmp(plain);
	if (r == 0)
		fault();
	check(r == SIGSEGV, "_longjmp out of a SIGSEGV handler");
	check(blocked(SIGSEGV), "_longjmp leaves the handler's mask (SIGSEGV blocked)");
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGSEGV);
	sigprocmask(SIG_UNBLOCK, &set, NULL);

	/* sigsetjmp(env, 0) records no mask: SIGUSR1 stays blocked. */
	install(SIGUSR1, on_usr1, NULL);
	r = sigsetjmp(with_mask, 0);
	if (r == 0)
		raise(SIGUSR1);
	check(r == SIGUSR1 && blocked(SIGUSR1), "sigsetjmp(env, 0): the handler's mask stays");
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	sigprocmask(SIG_UNBLOCK, &set, NULL);

	/* The recorded mask is the one at sigsetjmp, whatever came after. */
	r = sigsetjmp(with_mask, 1);
	if (r == 0) {
		sigemptyset(&set);
		sigaddset(&set, SIGUSR2);
		sigprocmask(SIG_BLOCK, &set, NULL);
		siglongjmp(with_mask, 3);
	}
	check(r == 3 && !blocked(SIGUSR2), "siglongjmp restores the mask recorded by sigsetjmp");

	/* Two handlers deep: SIGSEGV's handler raises SIGUSR1, whose handler
	 * jumps out of both; then everything works again. */
	install(SIGSEGV, on_segv_raising, NULL);
	r = sigsetjmp(with_mask, 1);
	if (r == 0)
		fault();
	check(r == SIGUSR1, "siglongjmp out of a handler nested in a SIGSEGV handler");
	check(!blocked(SIGSEGV) && !blocked(SIGUSR1), "no signal left blocked after the nested jump");
	install(SIGSEGV, NULL, on_segv);
	use_siglongjmp = 1;
	r = sigsetjmp(with_mask, 1);
	if (r == 0)
		fault();
	check(r == SIGSEGV, "a fault after the nested jump is caught again");

	printf("done: %d failures\n", failures);
	return failures != 0;
}
