/* fuzz.c - throw random system calls with random arguments at the kernel:
 * children make the calls (counting them in a shared page) and may die
 * doing so; the parent replaces dead or stuck children until the count is
 * reached, then checks the kernel still works and gave back every page.
 *   fuzz [CALLS [SEED]]            (default 1000000 calls, seed 1) */
#include <exov6/layout.h>
#include <exov6/syscall.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define SANDBOX 0x70000000ul            /* where the children map at random */
#define SANDBOX_PAGES 4096

struct shared {
	volatile unsigned long calls;
};

static unsigned long state;

static unsigned long next_random(void)
{
	state ^= state << 13;
	state ^= state >> 7;
	state ^= state << 17;
	return state;
}

/* An address: mostly nonsense of every kind, sometimes the sandbox. */
static unsigned long random_addr(void)
{
	switch (next_random() % 8) {
	case 0: return next_random();                           /* anything */
	case 1: return 0xffff800000000000ul + next_random() % (1ul << 40);   /* kernel */
	case 2: return 0x0000800000000000ul + next_random() % (1ul << 46);   /* non-canonical */
	case 3: return next_random() % 0x10000;                 /* near NULL */
	case 4: return UVPT + (next_random() % (1ul << 39) & ~7ul);         /* page tables */
	case 5: return UADDR_LIMIT - (next_random() % 64);      /* the end of the lower half */
	default: return SANDBOX + (next_random() % SANDBOX_PAGES) * EXOV6_PAGE_SIZE +
			(next_random() % 4 == 0 ? next_random() % 4096 : 0);
	}
}

static long random_word(void)
{
	switch (next_random() % 4) {
	case 0: return (long)(next_random() % 64);
	case 1: return -(long)(next_random() % 64);
	case 2: return (long)random_addr();
	default: return (long)next_random();
	}
}

/* An env id: ourselves, a child of ours, the parent, or nonsense. */
static long random_env(long self, long parent, long child)
{
	switch (next_random() % 6) {
	case 0: return 0;
	case 1: return self;
	case 2: return child;
	case 3: return parent;
	case 4: return (long)(next_random() % 4096);
	default: return random_word();
	}
}

static void fuzz_child(struct shared *sh)
{
	long self = getpid(), parent = getppid(), child = 0;
	for (;;) {
		long n = (long)(next_random() % (SYS_COUNT + 3));   /* a few past the end */
		if (next_random() % 50 == 0)
			n = (long)next_random();
		long a[6];
		for (int i = 0; i < 6; i++)
			a[i] = next_random() % 3 ? random_word() : random_env(self, parent, child);
		int to_self = a[0] == 0 || a[0] == self;
		switch (n) {
		case SYS_env_destroy:
			if (to_self)
				continue;               /* the test would only count deaths */
			break;
		case SYS_env_exit:
		case SYS_env_replace:
		case SYS_env_stop:
			if (next_random() % 1000)
				continue;               /* rarely: they end or stop this child */
			break;
		case SYS_env_signal_group:
			if ((a[0] == 0 || a[0] == -1 || a[0] == getpgrp()) && next_random() % 1000)
				continue;               /* our own group holds this child */
			break;
		case SYS_cputs:
			/* Keep the console readable: only pointers that must fail. */
			a[0] = (long)(0xffff800000000000ul + next_random() % (1ul << 40));
			break;
		case SYS_env_set_trapframe:
		case SYS_env_set_status:
		case SYS_env_set_upcall:
			if (to_self) {
				if (!child)
					continue;       /* would only wreck ourselves */
				a[0] = child;
			}
			break;
		case SYS_env_signal:
			if (a[0] == parent || a[0] == 0 || a[0] == self)
				continue;
			break;
		case SYS_sleep:
			/* Mostly 0 ns (returns at once), sometimes a tick or two. */
			a[0] = next_random() % 100 ? 0 : a[0] & 0xffffff;
			break;
		case SYS_env_wait:
			a[2] = EXOV6_WAIT_NOHANG;
			break;
		case SYS_ipc_recv:
		case SYS_ipc_reply_recv:
			if (a[0] == 0 || a[0] == child || a[0] == parent || n == SYS_ipc_reply_recv)
				continue;               /* would wait forever */
			break;
		case SYS_ipc_send:
		case SYS_ipc_call:
			if (a[0] == child || a[0] == parent)
				continue;
			break;
		}
		long r = exov6_syscall6(n, a[0], a[1], a[2], a[3], a[4], a[5]);
		if (n == SYS_exofork && r == 0)
			_exit(0);       /* we are the new child: registers but no memory */
		if (n == SYS_exofork && r > 0)
			child = r;
		sh->calls++;
	}
}

int main(int argc, char **argv)
{
	unsigned long target = argc > 1 ? strtoul(argv[1], NULL, 10) : 1000000;
	state = argc > 2 ? strtoul(argv[2], NULL, 10) : 1;
	struct shared *sh = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	long before = exov6_syscall0(SYS_mem_free_pages);
	int children = 0, killed = 0, stuck = 0;

	while (sh->calls < target) {
		next_random();
		pid_t pid = fork();
		if (pid == 0)
			fuzz_child(sh);
		children++;
		unsigned long seen = sh->calls;
		int idle = 0;
		for (;;) {
			int status;
			if (waitpid(pid, &status, WNOHANG) == pid) {
				killed += WIFSIGNALED(status);
				break;
			}
			struct timespec t = { 0, 20000000 };
			nanosleep(&t, NULL);
			idle = sh->calls == seen ? idle + 1 : 0;
			seen = sh->calls;
			if (seen >= target || idle >= 10) {     /* done, or stuck 0.2 s */
				stuck += idle >= 10;
				kill(pid, SIGKILL);
				waitpid(pid, &status, 0);
				break;
			}
		}
		/* Orphans of the dead child are ours now: reap the ended ones. */
		while (waitpid(-1, NULL, WNOHANG) > 0)
			;
	}
	long after = exov6_syscall0(SYS_mem_free_pages);
	printf("fuzz: %lu calls by %d children (%d killed by faults, %d stuck and stopped)\n",
	       sh->calls, children, killed, stuck);
	printf("%s fuzz: kernel free pages %ld before, %ld after\n",
	       before == after ? "ok" : "FAIL", before, after);
	pid_t pid = fork();
	if (pid == 0)
		_exit(42);
	int status;
	printf("%s fuzz: fork and wait still work\n",
	       waitpid(pid, &status, 0) == pid && WEXITSTATUS(status) == 42 ? "ok" : "FAIL");
	return before == after ? 0 : 1;
}
