/* init.c - the reference system's first program: greets, then runs the
 * commands the kernel command line names after "--" (a ';'-separated list,
 * each a space-separated argv whose first word names a boot module), one
 * after another, reporting how each ended.  Exits with the status of the
 * last command (128 + signal for a killed one), like a shell. */
#include <exov6/errno.h>
#include <exov6/spawn.h>
#include <exov6/syscall.h>
#include <stdio.h>
#include <string.h>

#define MAX_WORDS 32

static char cmdline[1024];

/* The user part of the kernel command line: after a "--" word. */
static char *user_commands(void)
{
	long n = exov6_syscall2(SYS_kernel_cmdline, cmdline, sizeof cmdline);
	if (n < 0 || (size_t)n >= sizeof cmdline) {
		printf("init: cannot read the kernel command line (%ld)\n", n);
		return 0;
	}
	for (char *p = cmdline; *p; p++)
		if (p[0] == '-' && p[1] == '-' && (p == cmdline || p[-1] == ' ') &&
		    (p[2] == ' ' || p[2] == 0))
			return p + 2;
	return 0;
}

/* Split s at spaces into argv (at most MAX_WORDS words); returns argc. */
static int split(char *s, char **argv)
{
	int argc = 0;
	while (argc < MAX_WORDS) {
		while (*s == ' ')
			*s++ = 0;
		if (!*s)
			break;
		argv[argc++] = s;
		while (*s && *s != ' ')
			s++;
	}
	argv[argc] = 0;
	return argc;
}

static int run(char *command)
{
	char *argv[MAX_WORDS + 1];
	char *envp[] = { "PATH=/bin", 0 };
	if (split(command, argv) == 0)
		return 0;
	exov6_envid_t id = exov6_spawn_module(argv[0], argv, envp);
	if (id < 0) {
		printf("init: cannot run %s: %s\n", argv[0],
		       id == -ENOENT ? "no such boot module" :
		       id == -ENOEXEC ? "not an executable" : "spawn failed");
		return 127;
	}
	int status;
	if (exov6_wait(id, &status) != id) {
		printf("init: lost track of %s\n", argv[0]);
		return 127;
	}
	if (status & 0x7f) {
		printf("init: %s killed by signal %d\n", argv[0], status & 0x7f);
		return 128 + (status & 0x7f);
	}
	printf("init: %s exited with status %d\n", argv[0], (status >> 8) & 0xff);
	return (status >> 8) & 0xff;
}

int main(void)
{
	printf("exov6 init: hello from user space\n");
	char *commands = user_commands();
	int status = 0;
	while (commands && *commands) {
		char *end = strchr(commands, ';');
		if (end)
			*end = 0;
		status = run(commands);
		commands = end ? end + 1 : 0;
	}
	return status;
}
