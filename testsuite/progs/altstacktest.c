/* altstacktest.c - the alternate signal stack and the state a handler
 * must not disturb: sigaltstack's errors and reports (SS_DISABLE,
 * SS_ONSTACK, EPERM while on it, ENOMEM below MINSIGSTKSZ), SA_ONSTACK
 * handlers running on it (nested ones below each other, ucontext's
 * uc_stack), others not, a stack overflow caught there and left with
 * siglongjmp, fork keeping it and exec dropping it; and asynchronous
 * handlers that trash every SSE register and the MXCSR leave the
 * interrupted code's intact.  Linux's answers: the program builds and
 * passes there too.  argv[1] "after-exec" is the image exec starts.
 * "ok"/"FAIL" lines, exit = failures. */
#define _DEFAULT_SOURCE
#define _XOPEN_SOURCE 700
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <ucontext.h>
#include <unistd.h>

static int failures;
static char *alt;
static size_t alt_size = SIGSTKSZ;
static volatile unsigned long where1, where2;
static volatile int flags_inside, eperm_inside, uc_flags1, uc_flags2, uc_sp_ok;
static volatile sig_atomic_t segv_seen, ticks;
static sigjmp_buf escape;

static void check(int ok, const char *what)
{
	printf("%s %s\n", ok ? "ok" : "FAIL", what);
	fflush(stdout);
	failures += !ok;
}

static int on_alt(unsigned long a)
{
	return a > (unsigned long)alt && a <= (unsigned long)alt + alt_size;
}

static void on_usr2(int sig, siginfo_t *info, void *ctx)
{
	(void)sig;
	(void)info;
	int local;
	where2 = (unsigned long)&local;
	uc_flags2 = ((ucontext_t *)ctx)->uc_stack.ss_flags;
}

static void on_usr1(int sig, siginfo_t *info, void *ctx)
{
	(void)sig;
	(void)info;
	int local;
	where1 = (unsigned long)&local;
	ucontext_t *uc = ctx;
	uc_flags1 = uc->uc_stack.ss_flags;
	uc_sp_ok = uc->uc_stack.ss_sp == alt && uc->uc_stack.ss_size == alt_size;
	stack_t now, other = { alt, 0, alt_size };
	sigaltstack(NULL, &now);
	flags_inside = now.ss_flags;
	errno = 0;
	eperm_inside = sigaltstack(&other, NULL) == -1 && errno == EPERM;
	raise(SIGUSR2);         /* nested: SA_ONSTACK too */
}

static void install(int sig, void (*h)(int, siginfo_t *, void *), int flags)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = h;
	sa.sa_flags = SA_SIGINFO | flags;
	sigaction(sig, &sa, NULL);
}

static void on_segv(int sig, siginfo_t *info, void *ctx)
{
	(void)info;
	(void)ctx;
	int local;
	segv_seen = sig;
	where1 = (unsigned long)&local;
	siglongjmp(escape, 1);
}

static volatile int depth_limit = 1 << 30;

/* Deeper and deeper, 4 KiB a level, until the stack runs out. */
static int recurse(int n)
{
	volatile char pad[4096];
	pad[0] = (char)n;
	pad[4095] = (char)n;
	return n < depth_limit ? recurse(n + 1) + pad[0] + pad[4095] : 0;
}

static void reports(void)
{
	stack_t st, old;
	check(sigaltstack(NULL, &old) == 0 && old.ss_flags == SS_DISABLE && old.ss_sp == NULL &&
	      old.ss_size == 0, "no alternate stack at start: SS_DISABLE");
	alt = malloc(alt_size);
	st.ss_sp = alt;
	st.ss_flags = 0;
	st.ss_size = MINSIGSTKSZ - 1;
	errno = 0;
	check(sigaltstack(&st, NULL) == -1 && errno == ENOMEM, "a stack below MINSIGSTKSZ: ENOMEM");
	st.ss_size = alt_size;
	st.ss_flags = 99;
	errno = 0;
	check(sigaltstack(&st, NULL) == -1 && errno == EINVAL, "bad ss_flags: EINVAL");
	st.ss_flags = SS_ONSTACK;       /* Linux takes it as 0 */
	check(sigaltstack(&st, &old) == 0 && old.ss_flags == SS_DISABLE, "sigaltstack sets it (SS_ONSTACK as 0)");
	check(sigaltstack(NULL, &old) == 0 && old.ss_sp == alt && old.ss_size == alt_size && old.ss_flags == 0,
	      "sigaltstack reports it, not on it");
	st.ss_flags = 0;
	check(sigaltstack(&st, &old) == 0 && old.ss_flags == 0, "set again with flags 0");
	errno = 0;
	check(sigaltstack((stack_t *)8, NULL) == -1 && errno == EFAULT, "a bad pointer: EFAULT");
	check(MINSIGSTKSZ == 2048 && SIGSTKSZ == 8192, "MINSIGSTKSZ and SIGSTKSZ are glibc's");
}

static void handlers(void)
{
	install(SIGUSR1, on_usr1, SA_ONSTACK);
	install(SIGUSR2, on_usr2, SA_ONSTACK);
	where1 = where2 = 0;
	raise(SIGUSR1);
	check(on_alt(where1), "an SA_ONSTACK handler runs on the alternate stack");
	check(flags_inside == SS_ONSTACK, "sigaltstack in it reports SS_ONSTACK");
	check(eperm_inside, "changing the stack while on it: EPERM");
	/* Linux's uc_stack is the stack as set: its flags are those given
	 * to sigaltstack (0 here), not whether the handler is on it. */
	check(uc_flags1 == 0 && uc_sp_ok, "its uc_stack: the stack as sigaltstack set it");
	check(on_alt(where2) && where2 < where1 && uc_flags2 == 0,
	      "a nested SA_ONSTACK handler runs below it on the stack");
	install(SIGUSR2, on_usr2, 0);
	where2 = 0;
	raise(SIGUSR2);
	check(where2 && !on_alt(where2), "a handler without SA_ONSTACK does not");

	/* The classic use: a stack overflow caught on the alternate stack. */
	install(SIGSEGV, on_segv, SA_ONSTACK | SA_NODEFER);
	segv_seen = 0;
	if (sigsetjmp(escape, 1) == 0)
		recurse(0);
	check(segv_seen == SIGSEGV && on_alt(where1), "a stack overflow's SIGSEGV is handled on the alternate stack");
	signal(SIGSEGV, SIG_DFL);
	install(SIGUSR1, on_usr2, SA_ONSTACK);
	where2 = 0;
	raise(SIGUSR1);
	check(on_alt(where2), "signals still reach handlers after the siglongjmp out");

	pid_t pid = fork();
	if (pid == 0) {
		stack_t c;
		sigaltstack(NULL, &c);
		_exit(c.ss_sp == alt && c.ss_size == alt_size && c.ss_flags == 0 ? 0 : 1);
	}
	int st = -1;
	waitpid(pid, &st, 0);
	check(WIFEXITED(st) && WEXITSTATUS(st) == 0, "a forked child keeps the alternate stack");

	stack_t off = { NULL, SS_DISABLE, 0 }, old;
	check(sigaltstack(&off, NULL) == 0 && sigaltstack(NULL, &old) == 0 && old.ss_flags == SS_DISABLE,
	      "SS_DISABLE turns it off");
	where2 = 0;
	raise(SIGUSR1);
	check(where2 && !on_alt(where2), "with it off, SA_ONSTACK handlers run on the normal stack");
	signal(SIGUSR1, SIG_DFL);
	signal(SIGUSR2, SIG_DFL);
}

static void exec_drops(const char *self)
{
	stack_t st = { alt, 0, alt_size };
	sigaltstack(&st, NULL);
	pid_t pid = fork();
	if (pid == 0) {
		char *argv[] = { (char *)self, "after-exec", NULL };
		execv(self, argv);
		_exit(3);
	}
	int s = -1;
	waitpid(pid, &s, 0);
	check(WIFEXITED(s) && WEXITSTATUS(s) == 0, "exec drops the alternate stack");
}

/* Asynchronous handlers: trash xmm0-15 and the MXCSR. */
static void on_tick(int sig)
{
	(void)sig;
	unsigned int rounding = 0x7f80;         /* round toward zero, all masked */
	__asm__ volatile("pcmpeqd %%xmm0, %%xmm0\n\tpcmpeqd %%xmm1, %%xmm1\n\t"
			 "pcmpeqd %%xmm2, %%xmm2\n\tpcmpeqd %%xmm3, %%xmm3\n\t"
			 "pcmpeqd %%xmm4, %%xmm4\n\tpcmpeqd %%xmm5, %%xmm5\n\t"
			 "pcmpeqd %%xmm6, %%xmm6\n\tpcmpeqd %%xmm7, %%xmm7\n\t"
			 "pcmpeqd %%xmm8, %%xmm8\n\tpcmpeqd %%xmm9, %%xmm9\n\t"
			 "pcmpeqd %%xmm10, %%xmm10\n\tpcmpeqd %%xmm11, %%xmm11\n\t"
			 "pcmpeqd %%xmm12, %%xmm12\n\tpcmpeqd %%xmm13, %%xmm13\n\t"
			 "pcmpeqd %%xmm14, %%xmm14\n\tpcmpeqd %%xmm15, %%xmm15\n\t"
			 "ldmxcsr %0"
			 : : "m"(rounding)
			 : "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6", "xmm7", "xmm8",
			   "xmm9", "xmm10", "xmm11", "xmm12", "xmm13", "xmm14", "xmm15");
	ticks++;
}

static void fpu_kept(void)
{
	static unsigned long in[32], out[32];
	for (int i = 0; i < 32; i++)
		in[i] = 0x0123456789abcdeful * (unsigned long)(i + 1);
	signal(SIGALRM, on_tick);
	struct itimerval every = { { 0, 2000 }, { 0, 2000 } }, off = { { 0, 0 }, { 0, 0 } };
	ticks = 0;
	unsigned int mxcsr_before = 0x1f80, mxcsr_after = 0;
	__asm__ volatile("ldmxcsr %0" : : "m"(mxcsr_before));
	setitimer(ITIMER_REAL, &every, NULL);
	/* Load every register, spin until 5 handlers ran, store them. */
	__asm__ volatile(
		"movdqu 0(%[in]), %%xmm0\n\tmovdqu 16(%[in]), %%xmm1\n\t"
		"movdqu 32(%[in]), %%xmm2\n\tmovdqu 48(%[in]), %%xmm3\n\t"
		"movdqu 64(%[in]), %%xmm4\n\tmovdqu 80(%[in]), %%xmm5\n\t"
		"movdqu 96(%[in]), %%xmm6\n\tmovdqu 112(%[in]), %%xmm7\n\t"
		"movdqu 128(%[in]), %%xmm8\n\tmovdqu 144(%[in]), %%xmm9\n\t"
		"movdqu 160(%[in]), %%xmm10\n\tmovdqu 176(%[in]), %%xmm11\n\t"
		"movdqu 192(%[in]), %%xmm12\n\tmovdqu 208(%[in]), %%xmm13\n\t"
		"movdqu 224(%[in]), %%xmm14\n\tmovdqu 240(%[in]), %%xmm15\n\t"
		"movabsq $20000000000, %%rcx\n"
		"1:\tcmpl $5, %[ticks]\n\tjae 2f\n\tdecq %%rcx\n\tjnz 1b\n"
		"2:\tmovdqu %%xmm0, 0(%[out])\n\tmovdqu %%xmm1, 16(%[out])\n\t"
		"movdqu %%xmm2, 32(%[out])\n\tmovdqu %%xmm3, 48(%[out])\n\t"
		"movdqu %%xmm4, 64(%[out])\n\tmovdqu %%xmm5, 80(%[out])\n\t"
		"movdqu %%xmm6, 96(%[out])\n\tmovdqu %%xmm7, 112(%[out])\n\t"
		"movdqu %%xmm8, 128(%[out])\n\tmovdqu %%xmm9, 144(%[out])\n\t"
		"movdqu %%xmm10, 160(%[out])\n\tmovdqu %%xmm11, 176(%[out])\n\t"
		"movdqu %%xmm12, 192(%[out])\n\tmovdqu %%xmm13, 208(%[out])\n\t"
		"movdqu %%xmm14, 224(%[out])\n\tmovdqu %%xmm15, 240(%[out])\n\t"
		"stmxcsr %[mx]"
		: [mx] "=m"(mxcsr_after)
		: [in] "r"(in), [out] "r"(out), [ticks] "m"(ticks)
		: "rcx", "memory", "cc", "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6",
		  "xmm7", "xmm8", "xmm9", "xmm10", "xmm11", "xmm12", "xmm13", "xmm14", "xmm15");
	setitimer(ITIMER_REAL, &off, NULL);
	signal(SIGALRM, SIG_DFL);
	check(ticks >= 5, "five handlers interrupted the loop");
	check(memcmp(in, out, sizeof in) == 0, "the interrupted code's xmm0-15 survive handlers that trash them");
	check(mxcsr_after == mxcsr_before, "... and its MXCSR");
}

int main(int argc, char **argv)
{
	if (argc > 1 && strcmp(argv[1], "after-exec") == 0) {
		stack_t st;
		return sigaltstack(NULL, &st) == 0 && st.ss_flags == SS_DISABLE ? 0 : 1;
	}
	reports();
	handlers();
	exec_drops(argv[0]);
	fpu_kept();
	printf("done: %d failures\n", failures);
	return failures;
}
