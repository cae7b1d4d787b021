/* sched.c - sched_yield: let the kernel run someone else. */
#include <exov6/syscall.h>
#include <sched.h>

int sched_yield(void)
{
	exov6_sys_yield();
	return 0;
}
