/* kbench.c - exov6 micro-benchmarks for `make bench`: each operation is
 * timed with the TSC over many repetitions and printed in cycles and ns
 * per operation.  "kbench server" is the IPC echo server it spawns. */
#include <exov6/env.h>
#include <exov6/ipc.h>
#include <exov6/layout.h>
#include <exov6/spawn.h>
#include <exov6/syscall.h>
#include <signal.h>
#include <stdio.h>
#include <time.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#define SCRATCH 0x70000000ul

static unsigned long tsc_hz;

static unsigned long cycles(void)
{
	return __builtin_ia32_rdtsc();
}

static void report(const char *name, unsigned long total, unsigned long n)
{
	unsigned long per = total / n;
	unsigned long tenth_ns = (unsigned long)((unsigned __int128)total * 10000000000ull / tsc_hz / n);
	printf("%-28s %10lu cycles %8lu.%lu ns   (%lu ops)\n", name, per, tenth_ns / 10,
	       tenth_ns % 10, n);
}

static void bench_null_syscall(void)
{
	unsigned long n = 200000, t = cycles();
	for (unsigned long i = 0; i < n; i++)
		exov6_sys_getenvid();
	report("null syscall (getenvid)", cycles() - t, n);
}

static void bench_getpid(void)
{
	unsigned long n = 1000000, t = cycles();
	volatile pid_t sink = 0;
	for (unsigned long i = 0; i < n; i++)
		sink += getpid();
	report("getpid (info page)", cycles() - t, n);
}

static void bench_ipc(void)
{
	char *argv[] = { "kbench", "server", NULL };
	exov6_envid_t server = exov6_spawn_module("kbench", argv, NULL);
	if (server < 0) {
		printf("ipc: cannot start the server (%d)\n", server);
		return;
	}
	unsigned long n = 100000, t = cycles();
	for (unsigned long i = 0; i < n; i++)
		exov6_ipc_call(server, i, 0, 0, 0, 0);
	report("IPC round trip (call+reply)", cycles() - t, n);
	kill(server, SIGKILL);
	waitpid(server, NULL, 0);
}

static void bench_fork_wait(void)
{
	unsigned long n = 200, t = cycles();
	for (unsigned long i = 0; i < n; i++) {
		pid_t pid = fork();
		if (pid == 0)
			_exit(0);
		waitpid(pid, NULL, 0);
	}
	report("fork + exit + wait", cycles() - t, n);
}

static void bench_spawn_wait(void)
{
	char *argv[] = { "kbench", "exit", NULL };
	unsigned long n = 100, t = cycles();
	for (unsigned long i = 0; i < n; i++) {
		exov6_envid_t id = exov6_spawn_module("kbench", argv, NULL);
		exov6_wait(id, NULL);
	}
	report("spawn + exit + wait", cycles() - t, n);
}

static void bench_cow_fault(void)
{
	unsigned long pages = 256;
	char *m = mmap(NULL, pages * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	memset(m, 1, pages * 4096);
	pid_t pid = fork();
	if (pid == 0) {
		struct timespec t = { 1, 0 };
		nanosleep(&t, NULL);    /* hold the pages shared meanwhile */
		_exit(0);
	}
	unsigned long t = cycles();
	for (unsigned long i = 0; i < pages; i++)
		m[i * 4096] = 2;        /* each write: fault, upcall, copy, remap */
	report("copy-on-write fault", cycles() - t, pages);
	kill(pid, SIGKILL);
	waitpid(pid, NULL, 0);
	munmap(m, pages * 4096);
}

static void bench_page_cycle(void)
{
	unsigned long n = 20000, t = cycles();
	for (unsigned long i = 0; i < n; i++) {
		exov6_sys_page_alloc(0, SCRATCH, EXOV6_PTE_W | EXOV6_PTE_NX);
		exov6_sys_page_map(0, SCRATCH, 0, SCRATCH + 4096, EXOV6_PTE_NX);
		exov6_sys_page_unmap(0, SCRATCH + 4096);
		exov6_sys_page_unmap(0, SCRATCH);
	}
	report("page alloc + map + 2 unmaps", cycles() - t, n);
}

static void bench_malloc(void)
{
	enum { SLOTS = 1024 };
	static void *slot[SLOTS];
	unsigned long n = 200000, r = 12345, t = cycles();
	for (unsigned long i = 0; i < n; i++) {
		r = r * 6364136223846793005ul + 1442695040888963407ul;
		unsigned k = (unsigned)(r >> 33) % SLOTS;
		size_t size = (r >> 20) % 8 == 0 ? (r >> 40) % 65536 : (r >> 40) % 512;
		free(slot[k]);
		slot[k] = malloc(size + 1);
	}
	report("malloc/free, mixed sizes", cycles() - t, n);
	for (int k = 0; k < SLOTS; k++)
		free(slot[k]);
}

int main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "exit"))
		return 0;
	if (argc > 1 && !strcmp(argv[1], "server")) {
		struct exov6_msg m = exov6_ipc_recv(0);
		for (;;)
			m = exov6_ipc_reply_recv(m.from, m.w[0] + 1, 0, 0, 0, 0);
	}
	tsc_hz = ((const struct exov6_info *)UINFO)->tsc_hz;
	printf("exov6 kbench (TSC %lu MHz, QEMU TCG)\n", tsc_hz / 1000000);
	bench_null_syscall();
	bench_getpid();
	bench_ipc();
	bench_fork_wait();
	bench_spawn_wait();
	bench_cow_fault();
	bench_page_cycle();
	bench_malloc();
	return 0;
}
