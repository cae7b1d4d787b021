/* start.c - __libc_start: from the entry stack to main: install the
 * libOS's fault and signal handler, run the program's initialisers, call
 * main.  exit() runs the finalisers. */
#include <exov6/syscall.h>
#include <stdlib.h>
#include "libc_private.h"
#include "../fd/fd_private.h"
#include "../process/process_private.h"
#include "../signal/signal_private.h"

char **environ;
char *program_invocation_name, *program_invocation_short_name;

extern void (*__preinit_array_start[])(int, char **, char **) __attribute__((weak));
extern void (*__preinit_array_end[])(int, char **, char **) __attribute__((weak));
extern void (*__init_array_start[])(int, char **, char **) __attribute__((weak));
extern void (*__init_array_end[])(int, char **, char **) __attribute__((weak));
extern void _init(void);
extern int main(int argc, char **argv, char **envp);

void __libc_start(long *sp)
{
	int argc = (int)sp[0];
	char **argv = (char **)(sp + 1);
	char **envp = argv + argc + 1;

	environ = envp;
	program_invocation_name = program_invocation_short_name = argc ? argv[0] : "";
	for (char *p = program_invocation_name; *p; p++)
		if (*p == '/')
			program_invocation_short_name = p + 1;
	/* The signal state an exec or spawn handed over (mask, ignored and
	 * pending signals), then faults and signals come to the libOS;
	 * without memory for the exception stack the program still runs,
	 * and faults and signals kill it (upcalls off: the kernel stops
	 * holding signals for a handler that never comes). */
	__libos_signal_inherit();
	if (__libos_upcall_install(0))
		exov6_sys_env_set_upcall(0, 0, 0, 0);
	/* The fd table (inherited, or the console on 0, 1, 2). */
	__fd_table();
	for (size_t i = 0; i < (size_t)(__preinit_array_end - __preinit_array_start); i++)
		__preinit_array_start[i](argc, argv, envp);
	_init();
	for (size_t i = 0; i < (size_t)(__init_array_end - __init_array_start); i++)
		__init_array_start[i](argc, argv, envp);
	exit(main(argc, argv, envp));
}
