/* fputest.c - every process keeps its own x87/SSE state: parent and
 * children run floating-point loops, yielding between steps so the CPU
 * switches between them, and each checks its own result and rounding
 * mode. */
#include <exov6/syscall.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

/* Sum 1/k for k = 1..n in SSE (double) and x87 (long double), yielding
 * the CPU every step.  Returns 0 when both sums match a run with no
 * switching and the MXCSR and x87 control words are still ours. */
static int work(int n, unsigned mxcsr)
{
	__asm__ volatile("ldmxcsr %0" : : "m"(mxcsr));
	volatile double d = 0;
	volatile long double ld = 0;
	for (int k = 1; k <= n; k++) {
		d += 1.0 / k;
		ld += 1.0L / k;
		exov6_syscall0(SYS_yield);
	}
	double d2 = 0;
	long double ld2 = 0;
	for (int k = 1; k <= n; k++) {
		d2 += 1.0 / k;
		ld2 += 1.0L / k;
	}
	unsigned now;
	__asm__ volatile("stmxcsr %0" : "=m"(now));
	return !(d == d2 && ld == ld2 && (now & ~0x3fu) == mxcsr);  /* minus sticky flags */
}

int main(void)
{
	pid_t kids[3];
	/* Different rounding modes per process (bits 13-14 of MXCSR). */
	for (int i = 0; i < 3; i++) {
		kids[i] = fork();
		if (kids[i] == 0)
			_exit(work(2000 + i, 0x1f80 | ((unsigned)(i + 1) << 13)));
	}
	int bad = work(2500, 0x1f80);
	for (int i = 0; i < 3; i++) {
		int st;
		waitpid(kids[i], &st, 0);
		bad += !WIFEXITED(st) || WEXITSTATUS(st) != 0;
	}
	printf("%s each process keeps its own floating-point state\n", bad ? "FAIL" : "ok");
	return bad;
}
