/* _exit.c - end the program now with an exit status. */
#include <exov6/env.h>
#include <exov6/syscall.h>
#include <stdlib.h>
#include <unistd.h>

void _exit(int status)
{
	for (;;)
		exov6_sys_env_exit(EXOV6_W_EXITED(status));
}

void _Exit(int status)
{
	_exit(status);
}
