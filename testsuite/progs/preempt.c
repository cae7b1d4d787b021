/* preempt.c - the timer takes the CPU back from a program that never
 * yields: start the "spin" module, yield to it, and expect to run again;
 * then destroy it and wait for its SIGKILL status. */
#include <exov6/errno.h>
#include <exov6/spawn.h>
#include <exov6/syscall.h>
#include <stdio.h>

int main(void)
{
	char *argv[] = { "spin", 0 };
	exov6_envid_t child = exov6_spawn_module("spin", argv, 0);
	if (child < 0) {
		printf("spawn failed: %d\n", child);
		return 1;
	}
	exov6_syscall0(SYS_yield);
	printf("back after the spinner ran\n");
	long r = exov6_syscall1(SYS_env_destroy, child);
	int status = -1;
	exov6_envid_t w = exov6_wait(child, &status);
	printf("destroy %ld, wait %s, status %d\n", r, w == child ? "ok" : "wrong", status);
	return r == 0 && w == child && status == 9 ? 0 : 1;
}
