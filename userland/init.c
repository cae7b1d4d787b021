/* init.c - the reference system's first program.  When a boot module
 * called "fsserver" is present it starts the file server, passing it the
 * hardware rights a disk driver needs, and makes it the file server of
 * every process after it.  Then it runs the commands the kernel command
 * line names after "--" (a ';'-separated list, each a space-separated
 * argv; programs are found on PATH, or among the boot modules when there is
 * no file server) one after another, and exits with the status of the
 * last (128 + signal for a killed one), like a shell, after syncing the
 * file system.
 *   init [-v] [-C DIR] [-i FILE] [-e]
 *     -v       greet and report how each command ended
 *     -C DIR   run the commands in DIR
 *     -i FILE  the commands' standard input is FILE, removed once open
 *              (x86_64-exov6-run puts the host's standard input there)
 *     -e       the commands' standard error goes to the third serial port
 *              (COM3), apart from the console, through a forwarder: a
 *              child of init holding only the I/O-port right, which copies
 *              a pipe to the port until every writer has closed it */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <exov6/fs_client.h>
#include <exov6/spawn.h>
#include <exov6/syscall.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define MAX_WORDS 32

static char cmdline[1024];
static int verbose;

/* The user part of the kernel command line: after a "--" word. */
static char *user_commands(void)
{
	long n = exov6_sys_kernel_cmdline(cmdline, sizeof cmdline);
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

#define COM3 0x3e8

static inline void outb(unsigned short port, unsigned char v)
{
	__asm__ volatile("outb %0, %1" : : "a"(v), "Nd"(port));
}

static inline unsigned char inb(unsigned short port)
{
	unsigned char v;
	__asm__ volatile("inb %1, %0" : "=a"(v) : "Nd"(port));
	return v;
}

/* The forwarder's loop: the pipe's bytes out of COM3, each once the
 * transmitter holds no byte (line status bit 5), until end of file. */
static void forward(int from)
{
	char buf[512];
	for (;;) {
		ssize_t n = read(from, buf, sizeof buf);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return;
		for (ssize_t i = 0; i < n; i++) {
			while (!(inb(COM3 + 5) & 0x20))
				exov6_sys_yield();
			outb(COM3, (unsigned char)buf[i]);
		}
	}
}

/* Fork the standard error forwarder and make descriptor 2 (inherited by
 * the commands) the write end of its pipe.  The child waits on a second
 * pipe until init has granted it the port right.  Returns its pid, 0 when
 * standard error stays on the console. */
static pid_t start_stderr_forwarder(void)
{
	int data[2], go[2];
	if (pipe(data))
		return 0;
	if (pipe(go)) {
		close(data[0]);
		close(data[1]);
		return 0;
	}
	pid_t pid = fork();
	if (pid == 0) {
		char c;
		close(data[1]);
		close(go[1]);
		if (read(go[0], &c, 1) == 1) {
			close(go[0]);
			forward(data[0]);
		}
		_exit(0);
	}
	close(data[0]);
	close(go[0]);
	long r = pid < 0 ? -errno : exov6_sys_env_grant(pid, EXOV6_RIGHT_IO);
	if (r == 0 && write(go[1], "g", 1) == 1 && dup2(data[1], 2) == 2) {
		close(go[1]);
		close(data[1]);
		return pid;
	}
	printf("init: standard error stays on the console (%ld)\n", r);
	close(go[1]);           /* the child sees end of file and leaves */
	close(data[1]);
	if (pid > 0)
		waitpid(pid, 0, 0);
	return 0;
}

/* Make FILE the standard input of init and so of the commands. */
static void stdin_from(const char *file)
{
	int fd = open(file, O_RDONLY);
	if (fd < 0) {
		printf("init: cannot open %s: %s\n", file, strerror(errno));
		return;
	}
	unlink(file);
	if (fd != 0) {
		dup2(fd, 0);
		close(fd);
	}
}

/* Start the file server module with the rights to drive the disk. */
static int start_fsserver(void)
{
	char *argv[] = { "fsserver", 0 };
	exov6_envid_t id = exov6_load_module("fsserver", argv, 0);
	if (id == -ENOENT)
		return 0;       /* a bare boot: no file system */
	long r = id < 0 ? id : exov6_sys_env_grant(id,
		EXOV6_RIGHT_IO | EXOV6_RIGHT_MMIO | EXOV6_RIGHT_IRQ | EXOV6_RIGHT_SERVER);
	if (r == 0)
		r = exov6_sys_env_setpgid(id, 0);       /* never in a foreground group */
	if (r == 0)
		r = exov6_sys_env_set_status(id, ENV_RUNNABLE);
	if (r) {
		printf("init: cannot start the file server (%ld)\n", r);
		return -1;
	}
	exov6_fs_set_server(id);
	return 0;
}

/* The terminal's signals: init ignores them, its programs do not. */
static const int terminal_signals[] = { SIGHUP, SIGINT, SIGQUIT, SIGTSTP, SIGTTIN, SIGTTOU };

static int run(char *command)
{
	char *argv[MAX_WORDS + 1];
	char *envp[] = { "PATH=/bin:/usr/bin", "HOME=/", 0 };
	if (split(command, argv) == 0)
		return 0;
	/* The program gets a group of its own and the console, as a shell's
	 * job does: ^C and ^Z reach it, not init. */
	posix_spawnattr_t attr;
	posix_spawnattr_init(&attr);
	posix_spawnattr_setpgroup(&attr, 0);
	/* The terminal's signals init ignores are the program's again
	 * (ignored signals survive a spawn, as POSIX says). */
	sigset_t deflt;
	sigemptyset(&deflt);
	for (size_t i = 0; i < sizeof terminal_signals / sizeof terminal_signals[0]; i++)
		sigaddset(&deflt, terminal_signals[i]);
	posix_spawnattr_setsigdefault(&attr, &deflt);
	short flags = POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF;
	if (tcgetpgrp(0) == getpgrp()) {
		posix_spawnattr_tcsetpgrp_np(&attr, 0);
		flags |= POSIX_SPAWN_TCSETPGROUP;
	}
	posix_spawnattr_setflags(&attr, flags);
	pid_t pid;
	int r = posix_spawnp(&pid, argv[0], 0, &attr, argv, envp);
	posix_spawnattr_destroy(&attr);
	if (r) {
		printf("init: cannot run %s: %s\n", argv[0],
		       r == ENOENT ? "no such program" : r == ENOEXEC ? "not an executable" :
		       r == EACCES ? "permission denied" : "spawn failed");
		return 127;
	}
	int status;
	pid_t w = waitpid(pid, &status, 0);
	if (flags & POSIX_SPAWN_TCSETPGROUP)
		tcsetpgrp(0, getpgrp());
	if (w != pid) {
		printf("init: lost track of %s\n", argv[0]);
		return 127;
	}
	if (WIFSIGNALED(status)) {
		if (verbose)
			printf("init: %s killed by signal %d\n", argv[0], WTERMSIG(status));
		return 128 + WTERMSIG(status);
	}
	if (verbose)
		printf("init: %s exited with status %d\n", argv[0], WEXITSTATUS(status));
	return WEXITSTATUS(status);
}

int main(int argc, char **argv)
{
	const char *dir = 0, *input = 0;
	int separate_stderr = 0;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "-v") == 0)
			verbose = 1;
		else if (strcmp(argv[i], "-C") == 0 && i + 1 < argc)
			dir = argv[++i];
		else if (strcmp(argv[i], "-i") == 0 && i + 1 < argc)
			input = argv[++i];
		else if (strcmp(argv[i], "-e") == 0)
			separate_stderr = 1;
	}
	/* init is not a job: the console's signals never stop or end it. */
	for (size_t i = 0; i < sizeof terminal_signals / sizeof terminal_signals[0]; i++)
		signal(terminal_signals[i], SIG_IGN);
	if (verbose)
		printf("exov6 init: hello from user space\n");
	if (start_fsserver())
		return 1;
	if (dir && exov6_fs_server() && chdir(dir))
		printf("init: cannot change to %s: %s\n", dir, strerror(errno));
	/* Before the fork below: the kernel writes the command line into
	 * our memory, and after a fork it is copy-on-write (read-only). */
	char *commands = user_commands();
	if (input && exov6_fs_server())
		stdin_from(input);
	pid_t forwarder = separate_stderr ? start_stderr_forwarder() : 0;
	int status = 0;
	while (commands && *commands) {
		char *end = strchr(commands, ';');
		if (end)
			*end = 0;
		status = run(commands);
		commands = end ? end + 1 : 0;
	}
	if (forwarder > 0) {
		close(2);       /* the forwarder ends once the last writer is gone */
		waitpid(forwarder, 0, 0);
	}
	if (input)
		close(0);       /* the last holder of the removed input file: freed before the sync */
	if (exov6_fs_server())
		sync();
	return status;
}
