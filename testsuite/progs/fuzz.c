/* fuzz.c - throw random system calls with random arguments at the kernel:
 * PROCS children fuzz at once (counting their calls in a shared page) and
 * may die doing so; the parent replaces dead or stuck children until the
 * count is reached, then checks the kernel still works and gave back every
 * page.  Besides nonsense of every kind, pointer and length arguments are
 * often ranges that start in a mapped page and run into an unmapped one,
 * into the page-table window, past the lower half or into kernel space, or
 * wrap around; page arguments are often the pages around those edges.
 *   fuzz [CALLS [SEED [PROCS]]]    (default 1000000 calls, seed 1, 4 children) */
#include <exov6/env.h>
#include <exov6/errno.h>
#include <exov6/layout.h>
#include <exov6/syscall.h>
#include <exov6/tty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define SANDBOX 0x70000000ul            /* where the children map at random */
#define SANDBOX_PAGES 4096
#define PG EXOV6_PAGE_SIZE
#define EDGE_PAGES 8                    /* SANDBOX's first pages, mapped at start */
#define EDGE_RO (SANDBOX + EDGE_PAGES * PG)     /* a read-only page after them */
#define KERNEL_HALF 0xffff800000000000ul
#define MAX_PROCS 8
#define KIDS 256

struct shared {
	volatile unsigned long calls[MAX_PROCS];   /* per child slot */
	volatile long last[MAX_PROCS];             /* the call each slot is in */
	/* The envs each slot's children made runnable (a ring): they may
	 * block forever after their maker died, and are ours then. */
	volatile long made[MAX_PROCS][KIDS];
	volatile unsigned long nmade[MAX_PROCS];
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

/* Where ranges begin and end: the first byte past a mapped page. */
static unsigned long random_boundary(void)
{
	switch (next_random() % 6) {
	case 0: return UVPT;                    /* the page-table window */
	case 1: return UVPT_END;                /* its end (a mapped page above) */
	case 2: return UADDR_LIMIT;             /* the end of the lower half */
	case 3: return KERNEL_HALF;             /* kernel space */
	case 4: return EDGE_RO;                 /* a read-only page */
	default: return SANDBOX + (next_random() % (EDGE_PAGES + 2)) * PG;
	}
}

/* A range [*va, *va + *len): mostly starting in a mapped page just below a
 * boundary and running over it, sometimes ending exactly at it, wrapping,
 * huge, or starting inside the window. */
static void random_range(unsigned long *va, unsigned long *len)
{
	unsigned long b = random_boundary(), back = 1 + next_random() % (next_random() % 2 ? 64 : 2 * PG);
	*va = b - back;
	switch (next_random() % 8) {
	case 0: *len = back; break;                                     /* ends at b */
	case 1: *len = (unsigned long)-(long)*va + next_random() % 64; break;  /* wraps */
	case 2: *len = next_random(); break;                            /* huge */
	case 3: *len = UVPT_END - *va + next_random() % 64; break;      /* over the window */
	case 4: *va = UVPT + next_random() % (UVPT_END - UVPT); *len = 1 + next_random() % 4096; break;
	default: *len = back + 1 + next_random() % 4096; break;         /* over b */
	}
}

/* A pointer to an object of about n bytes that runs over a boundary. */
static unsigned long random_edge_pointer(unsigned long n)
{
	unsigned long b = random_boundary();
	return b - next_random() % (n + 16);
}

/* A page address at or around a boundary (k pages before or after). */
static unsigned long random_edge_page(void)
{
	return random_boundary() + ((long)(next_random() % 9) - 4) * (long)PG;
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

/* Map the pages ranges start in: below the window, above it, below the end
 * of the lower half, and the sandbox's first pages (then a read-only one). */
static void map_edges(void)
{
	const unsigned long rw[] = { UVPT - 2 * PG, UVPT - PG, UVPT_END, UADDR_LIMIT - PG };
	for (unsigned i = 0; i < sizeof rw / sizeof rw[0]; i++)
		exov6_syscall3(SYS_page_alloc, 0, rw[i], EXOV6_PTE_W | EXOV6_PTE_NX);
	for (unsigned long i = 0; i <= EDGE_PAGES; i++)
		exov6_syscall3(SYS_page_alloc, 0, SANDBOX + i * PG, EXOV6_PTE_W | EXOV6_PTE_NX);
	exov6_syscall5(SYS_page_map, 0, EDGE_RO, 0, EDGE_RO, EXOV6_PTE_NX);
}

/* Replace pointer and range arguments of call n by edge cases. */
static void edge_arguments(long n, long a[6])
{
	unsigned long va, len;
	random_range(&va, &len);
	switch (n) {
	case SYS_kernel_cmdline:
	case SYS_console_read:
		a[0] = (long)va;
		a[1] = (long)len;
		break;
	case SYS_env_set_trapframe: a[1] = (long)random_edge_pointer(sizeof(struct exov6_trapframe)); break;
	case SYS_env_wait: a[1] = (long)random_edge_pointer(sizeof(int)); break;
	case SYS_module_info: a[0] = (long)(next_random() % 3); a[1] = (long)random_edge_pointer(400); break;
	case SYS_env_set_name: a[1] = (long)random_edge_pointer(32); break;
	case SYS_env_set_upcall: a[2] = (long)va; a[3] = (long)(va + len); break;
	case SYS_futex_wait:
	case SYS_futex_wake:
		a[0] = (long)(random_edge_pointer(4) & ~3ul);
		if (n == SYS_futex_wait)
			a[2] = next_random() % 4 ? 1000000 : a[2];     /* mostly a 1 ms timeout */
		break;
	case SYS_page_phys: a[0] = (long)random_edge_pointer(8); break;
	case SYS_page_alloc:
	case SYS_page_unmap: a[1] = (long)random_edge_page(); break;
	case SYS_page_map:
		if (next_random() % 2)
			a[1] = (long)random_edge_page();
		else
			a[3] = (long)random_edge_page();
		break;
	case SYS_module_map: a[0] = (long)(next_random() % 3); a[1] = (long)random_edge_page(); break;
	case SYS_ipc_window:
	case SYS_mmio_map: a[0] = (long)random_edge_page(); break;
	case SYS_ipc_send:
	case SYS_ipc_call: a[4] = (long)random_edge_page(); break;
	}
}

static void fuzz_child(struct shared *sh, int slot, unsigned long seed)
{
	long self = getpid(), parent = getppid(), child = 0;
	/* Our own stream (splitmix64 of the seed), not the parent's shifted. */
	seed += 0x9e3779b97f4a7c15ul * (unsigned long)(slot + 1);
	seed = (seed ^ (seed >> 30)) * 0xbf58476d1ce4e5b9ul;
	seed = (seed ^ (seed >> 27)) * 0x94d049bb133111ebul;
	state = (seed ^ (seed >> 31)) | 1;
	map_edges();
	for (;;) {
		long n = (long)(next_random() % (SYS_COUNT + 3));   /* a few past the end */
		if (next_random() % 50 == 0)
			n = (long)next_random();
		long a[6];
		for (int i = 0; i < 6; i++)
			a[i] = next_random() % 3 ? random_word() : random_env(self, parent, child);
		if (next_random() % 2)
			edge_arguments(n, a);
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
		case SYS_console_ctl:
			/* The terminal's settings are the whole system's: changed
			 * at random (ONLCR, ECHO...) they garble the console the
			 * test reads.  Every other request is fair game. */
			if (a[0] == EXOV6_TTY_SETATTR)
				continue;
			break;
		case SYS_cputs:
			/* Keep the console readable: only ranges that must fail,
			 * from a mapped page over the window or the lower half's
			 * end, wrapping, or kernel pointers. */
			switch (next_random() % 4) {
			case 0:
				a[0] = (long)(UVPT - 1 - next_random() % 64);
				a[1] = (long)(UVPT - (unsigned long)a[0] + 1 + next_random() % 4096);
				break;
			case 1:
				a[0] = (long)(UADDR_LIMIT - 1 - next_random() % 64);
				a[1] = (long)(UADDR_LIMIT - (unsigned long)a[0] + 1 + next_random() % (1ul << 48));
				break;
			case 2:
				a[0] = (long)(UVPT - 1 - next_random() % 64);
				a[1] = -a[0] + (long)(next_random() % 64);
				break;
			default:
				a[0] = (long)(0xffff800000000000ul + next_random() % (1ul << 40));
				break;
			}
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
		case SYS_console_read:
			/* A good buffer would mostly wait for input forever. */
			if (next_random() % 16)
				a[2] = EXOV6_CONSOLE_NONBLOCK;
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
		sh->last[slot] = n;
		long r = exov6_syscall6(n, a[0], a[1], a[2], a[3], a[4], a[5]);
		if (n == SYS_exofork && r == 0)
			_exit(0);       /* we are the new child: registers but no memory */
		if (n == SYS_exofork && r > 0)
			child = r;
		if (n == SYS_env_set_status && r == 0 && a[1] == ENV_RUNNABLE && a[0] != 0 && a[0] != self)
			sh->made[slot][sh->nmade[slot]++ % KIDS] = a[0];
		sh->calls[slot]++;
	}
}

static unsigned long total_calls(const struct shared *sh, int procs)
{
	unsigned long t = 0;
	for (int i = 0; i < procs; i++)
		t += sh->calls[i];
	return t;
}

int main(int argc, char **argv)
{
	unsigned long target = argc > 1 ? strtoul(argv[1], NULL, 10) : 1000000;
	state = argc > 2 ? strtoul(argv[2], NULL, 10) : 1;
	int procs = argc > 3 ? atoi(argv[3]) : 4;
	if (procs < 1 || procs > MAX_PROCS)
		procs = 4;
	struct shared *sh = mmap(NULL, (sizeof *sh + 4095) & ~4095ul, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS,
				 -1, 0);
	long before = exov6_syscall0(SYS_mem_free_pages), self = getpid();
	int children = 0, killed = 0, stuck = 0;
	pid_t pid[MAX_PROCS] = { 0 };
	unsigned long seen[MAX_PROCS] = { 0 };
	int idle[MAX_PROCS] = { 0 };
	int stuck_in[SYS_COUNT + 1] = { 0 };
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);

	while (total_calls(sh, procs) < target) {
		/* Every slot has a fuzzing child, each from its own seed. */
		for (int i = 0; i < procs; i++) {
			if (pid[i])
				continue;
			unsigned long seed = next_random();
			pid[i] = fork();
			if (pid[i] == 0)
				fuzz_child(sh, i, seed);
			children++;
			seen[i] = sh->calls[i];
			idle[i] = 0;
		}
		struct timespec t = { 0, 20000000 };
		nanosleep(&t, NULL);
		for (int i = 0; i < procs; i++) {
			int status;
			if (waitpid(pid[i], &status, WNOHANG) == pid[i]) {
				killed += WIFSIGNALED(status);
				pid[i] = 0;
				continue;
			}
			idle[i] = sh->calls[i] == seen[i] ? idle[i] + 1 : 0;
			seen[i] = sh->calls[i];
			if (idle[i] >= 15) {            /* stuck 0.3 s */
				stuck++;
				long n = sh->last[i];
				stuck_in[n >= 0 && n < SYS_COUNT ? n : SYS_COUNT]++;
				kill(pid[i], SIGKILL);
				waitpid(pid[i], &status, 0);
				pid[i] = 0;
			}
		}
		/* Orphans of dead children are ours now: reap the ended ones. */
		while (waitpid(-1, NULL, WNOHANG) > 0)
			;
	}
	for (int i = 0; i < procs; i++)
		if (pid[i]) {
			kill(pid[i], SIGKILL);
			waitpid(pid[i], NULL, 0);
		}
	/* Orphans of the children (ours now) may be blocked forever: end the
	 * ones we know of, then reap whatever has ended. */
	int orphans = 0;
	for (int i = 0; i < procs; i++)
		for (unsigned long k = 0; k < KIDS && k < sh->nmade[i]; k++)
			orphans += exov6_syscall1(SYS_env_destroy, sh->made[i][k]) == 0;
	for (int i = 0; i < 50 && waitpid(-1, NULL, WNOHANG) >= 0; i++) {
		struct timespec t = { 0, 10000000 };
		nanosleep(&t, NULL);
	}
	/* Others (made runnable by an orphan, say) we find by their ids:
	 * generation << 10 | slot. */
	long alive = exov6_syscall3(SYS_env_wait, 0, 0, EXOV6_WAIT_NOHANG);
	int found = 0;
	for (long gen = 1; alive == 0 && gen < 4096; gen++) {
		for (long slot = 0; slot < 1024; slot++)
			if (exov6_syscall1(SYS_env_parent, gen << 10 | slot) == self &&
			    exov6_syscall1(SYS_env_destroy, gen << 10 | slot) == 0)
				found++;
		if (gen % 64 == 0) {
			while (waitpid(-1, NULL, WNOHANG) > 0)
				;
			alive = exov6_syscall3(SYS_env_wait, 0, 0, EXOV6_WAIT_NOHANG);
		}
	}
	for (int i = 0; found && i < 50 && waitpid(-1, NULL, WNOHANG) >= 0; i++) {
		struct timespec t = { 0, 10000000 };
		nanosleep(&t, NULL);
	}
	alive = exov6_syscall3(SYS_env_wait, 0, 0, EXOV6_WAIT_NOHANG);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	long after = exov6_syscall0(SYS_mem_free_pages);
	printf("fuzz: %lu calls by %d children, %d at a time (%d killed by faults, %d stuck and stopped), %ld ms\n",
	       total_calls(sh, procs), children, procs, killed, stuck,
	       (t1.tv_sec - t0.tv_sec) * 1000 + (t1.tv_nsec - t0.tv_nsec) / 1000000);
	printf("fuzz: %d orphans destroyed at the end, %d more found by id; %s\n", orphans, found,
	       alive == -ECHILD ? "no child left" : "children still alive");
	printf("fuzz: stuck in");
	for (int i = 0; i <= SYS_COUNT; i++)
		if (stuck_in[i])
			printf(" %d:%d", i, stuck_in[i]);
	printf(" (call:times)\n");
	printf("%s fuzz: kernel free pages %ld before, %ld after\n",
	       before == after ? "ok" : "FAIL", before, after);
	pid_t p = fork();
	if (p == 0)
		_exit(42);
	int status;
	printf("%s fuzz: fork and wait still work\n",
	       waitpid(p, &status, 0) == p && WEXITSTATUS(status) == 42 ? "ok" : "FAIL");
	return before == after ? 0 : 1;
}
