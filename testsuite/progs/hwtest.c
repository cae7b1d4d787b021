/* hwtest.c - the kernel's device and blocking primitives, bad input
 * included: hardware rights (the first program may pass them on but not
 * use them), device-memory mappings, interrupt waits, futexes and
 * non-blocking console reads.  Runs as the first program (bare boot). */
#include <errno.h>
#include <exov6/layout.h>
#include <exov6/syscall.h>
#include <stdio.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define ALL (EXOV6_RIGHT_IO | EXOV6_RIGHT_MMIO | EXOV6_RIGHT_IRQ)
#define VA 0x70000000ul

static int failures;

static void check(int ok, const char *what)
{
	printf("%s %s\n", ok ? "ok" : "FAIL", what);
	failures += !ok;
}

static long sys(long n, long a, long b, long c)
{
	return exov6_syscall3(n, a, b, c);
}

static int outb_works(void)
{
	__asm__ volatile("outb %%al, $0x80" : : "a"(0));  /* POST port: harmless */
	return 1;
}

/* The granted child: uses its rights and reports through its status. */
static int driver_child(void)
{
	int bad = 0;
	bad |= (sys(SYS_mmio_map, VA, 0x100000, EXOV6_PTE_W) != -EACCES) << 0;       /* RAM */
	bad |= (sys(SYS_mmio_map, VA, 0xfee00001, EXOV6_PTE_W) != -EINVAL) << 1;     /* unaligned */
	bad |= (sys(SYS_mmio_map, VA + 1, 0xfee00000, EXOV6_PTE_W) != -EINVAL) << 2;
	bad |= (sys(SYS_mmio_map, VA, 1ul << 50, EXOV6_PTE_W) != -EINVAL) << 3;      /* beyond physical */
	bad |= (sys(SYS_mmio_map, UVPT, 0xfee00000, EXOV6_PTE_W) != -EINVAL) << 4;
	bad |= (sys(SYS_mmio_map, VA, 0xfec00000, EXOV6_PTE_W) != 0) << 5;           /* the IOAPIC page */
	bad |= (sys(SYS_page_unmap, 0, VA, 0) != 0) << 6;
	bad |= (sys(SYS_irq_wait, 0, 0, 0) != -EINVAL) << 7;                    /* the timer */
	bad |= (sys(SYS_irq_wait, 4, 0, 0) != -EINVAL) << 8;                    /* the console */
	bad |= (sys(SYS_irq_wait, 16, 0, 0) != -EINVAL) << 9;
	bad |= (outb_works() != 1) << 10;
	return bad;
}

int main(void)
{
	check(sys(SYS_mmio_map, VA, 0xfee00000, EXOV6_PTE_W) == -EPERM, "the first program cannot map device memory itself");
	check(sys(SYS_irq_wait, 5, 0, 0) == -EPERM, "nor wait for interrupts");
	check(sys(SYS_env_grant, 0, EXOV6_RIGHT_IO, 0) == -EPERM, "nor grant rights to itself");
	check(sys(SYS_env_grant, 12345, EXOV6_RIGHT_IO, 0) == -ESRCH, "granting to a missing env: ESRCH");

	pid_t pid = fork();
	if (pid == 0) {
		/* A child holds no rights: ports fault, the calls say EPERM. */
		if (sys(SYS_mmio_map, VA, 0xfee00000, EXOV6_PTE_W) != -EPERM)
			_exit(1);
		if (sys(SYS_env_grant, 0, EXOV6_RIGHT_IO, 0) != -EPERM)
			_exit(2);
		outb_works();
		_exit(3);
	}
	int status = 0;
	waitpid(pid, &status, 0);
	check(WIFSIGNALED(status) && WTERMSIG(status) == 11, "a child without the right faults on an I/O port");

	/* A child waits for its rights, then drives. */
	volatile unsigned *go = (volatile unsigned *)0x70200000ul;
	sys(SYS_page_alloc, 0, (long)go, EXOV6_PTE_W | EXOV6_PTE_SHARE);
	pid = fork();
	if (pid == 0) {
		while (!*go)
			sys(SYS_yield, 0, 0, 0);
		_exit(driver_child());
	}
	check(sys(SYS_env_grant, pid, 16, 0) == -EPERM, "granting an unknown right: EPERM");
	check(sys(SYS_env_grant, pid, ALL, 0) == 0, "granting the rights to a child");
	*go = 1;
	waitpid(pid, &status, 0);
	char what[96];
	snprintf(what, sizeof what, "the driver child maps devices, uses ports and is refused bad input (%#x)",
		 WIFEXITED(status) ? WEXITSTATUS(status) : 0x1000 | status);
	check(WIFEXITED(status) && WEXITSTATUS(status) == 0, what);

	/* Futexes. */
	static volatile unsigned word __attribute__((aligned(4096)));
	check(sys(SYS_futex_wait, (long)&word + 1, 0, 0) == -EINVAL, "futex wait on an unaligned word: EINVAL");
	check(sys(SYS_futex_wait, 0x10, 0, 0) == -EFAULT, "futex wait on an unmapped word: EFAULT");
	check(sys(SYS_futex_wake, UVPT, 1, 0) == -EFAULT, "futex wake in the page-table window: EFAULT");
	check(sys(SYS_futex_wait, (long)&word, 1, 0) == -EAGAIN, "futex wait on a changed value: EAGAIN");
	struct timespec a, b;
	clock_gettime(CLOCK_MONOTONIC, &a);
	long r = sys(SYS_futex_wait, (long)&word, 0, 30000000);
	clock_gettime(CLOCK_MONOTONIC, &b);
	long ms = (b.tv_sec - a.tv_sec) * 1000 + (b.tv_nsec - a.tv_nsec) / 1000000;
	check(r == -ETIMEDOUT && ms >= 20, "futex wait times out");
	check(sys(SYS_futex_wake, (long)&word, 5, 0) == 0, "waking nobody wakes 0");
	/* A shared page: the child waits, the parent wakes it. */
	volatile unsigned *shared = (volatile unsigned *)0x70100000ul;
	sys(SYS_page_alloc, 0, (long)shared, EXOV6_PTE_W | EXOV6_PTE_SHARE);
	*shared = 0;
	pid = fork();
	if (pid == 0) {
		long w = sys(SYS_futex_wait, (long)shared, 0, 0);
		_exit(w == 0 && *shared == 1 ? 0 : 1);
	}
	long woken = 0;
	for (int i = 0; i < 100 && !woken; i++) {
		sys(SYS_yield, 0, 0, 0);
		*shared = 1;
		woken = sys(SYS_futex_wake, (long)shared, 1, 0);
		*shared = 0;
	}
	*shared = 1;
	waitpid(pid, &status, 0);
	check(woken == 1 && WIFEXITED(status) && WEXITSTATUS(status) == 0, "a futex wake reaches a waiter on a shared page");

	/* Console reads. */
	char c;
	check(sys(SYS_console_read, (long)&c, 1, EXOV6_CONSOLE_NONBLOCK) == -EAGAIN, "a non-blocking console read with no input: EAGAIN");
	check(sys(SYS_console_read, (long)&c, 1, 2) == -EINVAL, "bad console read flags: EINVAL");
	check(sys(SYS_console_read, 0x10, 1, 0) == -EFAULT, "a console read into unmapped memory: EFAULT");
	check(sys(SYS_console_read, UINFO, 1, 0) == -EFAULT, "a console read into read-only memory: EFAULT");
	check(sys(SYS_console_read, (long)&c, 0, 0) == 0, "a console read of 0 bytes");
	printf("done: %d failures\n", failures);
	return failures != 0;
}
