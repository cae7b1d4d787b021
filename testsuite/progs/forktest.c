/* forktest.c - fork, exec and wait from the libOS: copy-on-write isolation
 * in both directions, chains and fans of children, exit and signal
 * statuses, pids across fork and exec, and no pages lost.  argv[1] picks
 * the case; each prints "ok ..." or "FAIL ..." lines and exits with the
 * number of failures. */
#include <errno.h>
#include <exov6/syscall.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static int failures;
static volatile int shared_value = 1;
static char big[3 * 4096] = "initialised data";

static void check(int ok, const char *what)
{
	printf("%s %s\n", ok ? "ok" : "FAIL", what);
	failures += !ok;
}

/* Fork a child that runs fn and exits with its result; return the status. */
static int run_child(int (*fn)(void))
{
	pid_t pid = fork();
	if (pid < 0) {
		printf("FAIL fork\n");
		exit(100);
	}
	if (pid == 0)
		exit(fn());
	int status = -1;
	if (waitpid(pid, &status, 0) != pid)
		printf("FAIL waitpid\n");
	return status;
}

static int child_writes(void)
{
	shared_value = 2;
	big[4096] = 'c';
	return shared_value == 2 && big[4096] == 'c' ? 0 : 1;
}

static int child_reads(void)
{
	return shared_value;
}

static void cow(void)
{
	int st = run_child(child_writes);
	check(WIFEXITED(st) && WEXITSTATUS(st) == 0, "child sees its own writes");
	check(shared_value == 1 && big[4096] == 0, "parent does not see the child's writes");

	pid_t pid = fork();
	if (pid == 0)
		exit(child_reads());
	shared_value = 5;       /* after fork: the child must not see it */
	int status;
	waitpid(pid, &status, 0);
	check(WIFEXITED(status) && WEXITSTATUS(status) == 1, "child does not see the parent's writes");
	check(strcmp(big, "initialised data") == 0, "data intact");
	char local[64] = "stack";
	pid = fork();
	if (pid == 0) {
		strcpy(local, "child stack");
		exit(strcmp(local, "child stack") != 0);
	}
	waitpid(pid, &status, 0);
	check(WEXITSTATUS(status) == 0 && strcmp(local, "stack") == 0, "stacks are separate");

	/* The kernel writes into a page still shared copy-on-write: it gives
	 * the writer its own copy first, and the other side keeps its bytes. */
	static char cmdline[4096] __attribute__((aligned(4096))) = "parent's";
	pid = fork();
	if (pid == 0)
		exit(exov6_sys_kernel_cmdline(cmdline, sizeof cmdline) < 0 ||
		     strcmp(cmdline, "parent's") == 0);
	waitpid(pid, &status, 0);
	check(WIFEXITED(status) && WEXITSTATUS(status) == 0 && strcmp(cmdline, "parent's") == 0,
	      "the kernel's write into a copy-on-write page after fork succeeds, the parent's copy unchanged");
}

static int depth_left;

static int chain_link(void)
{
	if (depth_left-- == 0)
		return 0;
	int st = run_child(chain_link);
	return WIFEXITED(st) ? WEXITSTATUS(st) + 1 : 200;
}

static void chain(int depth)
{
	depth_left = depth;
	int st = run_child(chain_link);
	char what[64];
	snprintf(what, sizeof what, "chain of %d processes", depth);
	check(WIFEXITED(st) && WEXITSTATUS(st) == depth, what);
}

static void fan(int n)
{
	pid_t pids[128];
	int bad = 0;
	for (int i = 0; i < n; i++) {
		pids[i] = fork();
		if (pids[i] < 0) {
			bad++;
			break;
		}
		if (pids[i] == 0)
			_exit(i & 0xff);
	}
	for (int i = n - 1; i >= 0; i--) {
		int status;
		if (waitpid(pids[i], &status, 0) != pids[i] || WEXITSTATUS(status) != (i & 0xff))
			bad++;
	}
	char what[64];
	snprintf(what, sizeof what, "%d children forked and reaped with their statuses", n);
	check(bad == 0, what);
	check(wait(NULL) == -1, "no child left to wait for");
}

static int dies_segv(void)
{
	*(volatile int *)0 = 1;
	return 0;
}

static int dies_abort(void)
{
	abort();
}

static int exits_42(void)
{
	return 42;
}

static void statuses(void)
{
	int st = run_child(exits_42);
	check(WIFEXITED(st) && !WIFSIGNALED(st) && WEXITSTATUS(st) == 42, "exit status 42");
	st = run_child(dies_segv);
	check(WIFSIGNALED(st) && !WIFEXITED(st) && WTERMSIG(st) == 11, "killed by SIGSEGV");
	st = run_child(dies_abort);
	check(WIFSIGNALED(st) && WTERMSIG(st) == 6, "killed by SIGABRT");
}

static void pids(void)
{
	pid_t me = getpid();
	pid_t pid = fork();
	if (pid == 0)
		exit(getppid() == me && getpid() != me ? 0 : 1);
	int status;
	waitpid(pid, &status, 0);
	check(WEXITSTATUS(status) == 0, "child has its own pid and the parent's as ppid");

	pid = fork();
	if (pid == 0) {
		char self[16], parent[16];
		snprintf(self, sizeof self, "%d", getpid());
		snprintf(parent, sizeof parent, "%d", me);
		char *argv[] = { "forktest", "after-exec", self, parent, NULL };
		execv("/bin/forktest", argv);
		exit(99);
	}
	waitpid(pid, &status, 0);
	check(WIFEXITED(status) && WEXITSTATUS(status) == 0, "exec keeps the pid and the parent");

	pid = fork();
	if (pid == 0) {
		char *argv[] = { "nosuch", NULL };
		execv("nosuch", argv);
		exit(7);        /* exec failed and returned */
	}
	waitpid(pid, &status, 0);
	check(WEXITSTATUS(status) == 7, "exec of a missing program returns");
	check(waitpid(12345, &status, 0) == -1, "waitpid of a stranger fails");

	char *sargv[] = { "forktest", "after-exec", "0", "0", NULL };
	pid_t spawned = -1;
	int r = posix_spawn(&spawned, "/bin/forktest", NULL, NULL, sargv, NULL);
	waitpid(spawned, &status, 0);
	/* its pid is not 0: the child's own check fails, with status 1 */
	check(r == 0 && spawned > 0 && WIFEXITED(status) && WEXITSTATUS(status) == 1,
	      "posix_spawn starts a program and waitpid reaps it");
	check(posix_spawn(&spawned, "/bin/nosuch", NULL, NULL, sargv, NULL) == ENOENT,
	      "posix_spawn of a missing program is ENOENT");
	posix_spawnattr_t attr;
	posix_spawnattr_init(&attr);
	check(posix_spawnattr_setflags(&attr, 0x4000) == EINVAL, "posix_spawnattr_setflags rejects unknown flags");
}

static void memory(void)
{
	int st = run_child(exits_42);   /* warm up: exception stack, COW copies */
	long before = exov6_syscall0(SYS_mem_free_pages);
	for (int i = 0; i < 50; i++) {
		st = run_child(child_writes);
		shared_value = i;
	}
	long after = exov6_syscall0(SYS_mem_free_pages);
	char what[80];
	snprintf(what, sizeof what, "50 fork/wait cycles give back every page (%ld -> %ld)", before, after);
	check(before == after && WIFEXITED(st), what);
}

int main(int argc, char **argv)
{
	const char *what = argc > 1 ? argv[1] : "all";
	if (!strcmp(what, "after-exec"))
		return argc == 4 && getpid() == atoi(argv[2]) && getppid() == atoi(argv[3]) ? 0 : 1;
	if (!strcmp(what, "cow") || !strcmp(what, "all"))
		cow();
	if (!strcmp(what, "chain") || !strcmp(what, "all"))
		chain(argc > 2 ? atoi(argv[2]) : 20);
	if (!strcmp(what, "fan") || !strcmp(what, "all"))
		fan(argc > 2 ? atoi(argv[2]) : 100);
	if (!strcmp(what, "status") || !strcmp(what, "all"))
		statuses();
	if (!strcmp(what, "pids") || !strcmp(what, "all"))
		pids();
	if (!strcmp(what, "memory") || !strcmp(what, "all"))
		memory();
	printf("done: %d failures\n", failures);
	return failures;
}
