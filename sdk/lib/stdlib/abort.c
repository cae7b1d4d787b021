/* abort.c - end the program as if killed by SIGABRT, without running
 * atexit handlers. */
#include <exov6/env.h>
#include <exov6/syscall.h>
#include <stdlib.h>

void abort(void)
{
	for (;;)
		exov6_sys_env_exit(EXOV6_W_SIGNALED(6));
}
