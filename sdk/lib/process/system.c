/* system.c - system over /bin/sh -c, as POSIX and glibc have it: while
 * the command runs the caller ignores SIGINT and SIGQUIT and blocks
 * SIGCHLD (the shell gets them back: its mask is the caller's, and
 * SIGINT and SIGQUIT their default action unless the caller ignored
 * them); the result is the shell's wait status, that of _exit(127) when
 * no shell could be started, -1 when the wait failed.  system(NULL) asks
 * whether a shell runs at all ("exit 0"). */
#include <errno.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#define SHELL_PATH "/bin/sh"

static int run(const char *command)
{
	struct sigaction ignore = { .sa_handler = SIG_IGN }, intr, quit;
	sigset_t block, mask, deflt;
	sigaction(SIGINT, &ignore, &intr);
	sigaction(SIGQUIT, &ignore, &quit);
	sigemptyset(&block);
	sigaddset(&block, SIGCHLD);
	sigprocmask(SIG_BLOCK, &block, &mask);

	sigemptyset(&deflt);
	if (intr.sa_handler != SIG_IGN)
		sigaddset(&deflt, SIGINT);
	if (quit.sa_handler != SIG_IGN)
		sigaddset(&deflt, SIGQUIT);
	posix_spawnattr_t attr;
	posix_spawnattr_init(&attr);
	posix_spawnattr_setsigmask(&attr, &mask);
	posix_spawnattr_setsigdefault(&attr, &deflt);
	posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);
	char *argv[] = { "sh", "-c", (char *)command, 0 };
	pid_t pid;
	int status, r = posix_spawn(&pid, SHELL_PATH, 0, &attr, argv, environ);
	posix_spawnattr_destroy(&attr);
	if (r == 0) {
		pid_t w;
		while ((w = waitpid(pid, &status, 0)) < 0 && errno == EINTR)
			;
		if (w != pid)
			status = -1;
	} else {
		status = 127 << 8;      /* as if the shell had run _exit(127) */
	}

	int saved = errno;
	sigaction(SIGINT, &intr, 0);
	sigaction(SIGQUIT, &quit, 0);
	sigprocmask(SIG_SETMASK, &mask, 0);
	errno = r ? r : saved;
	return status;
}

int system(const char *command)
{
	if (!command)
		return run("exit 0") == 0;
	return run(command);
}
