/* sched.c - sched_yield: let the kernel run someone else. */
#include <exov6/syscall.h>
#include <sched.h>

int sched_yield(void)
{
	exov6_syscall0(SYS_yield);
	return 0;
}
