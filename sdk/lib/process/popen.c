/* popen.c - popen and pclose over /bin/sh -c, as glibc has them: mode
 * "r" or "w" and optionally 'e' (the stream's descriptor close-on-exec;
 * anything else is EINVAL); the child gets the pipe's other end as its
 * standard output or input and none of the streams earlier popens left
 * open (POSIX); a shell that cannot be started makes popen fail with its
 * errno.  pclose closes the stream, waits for the shell and returns its
 * wait status (a stream popen did not make is only closed, as glibc
 * does). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#define SHELL_PATH "/bin/sh"

struct piped {
	FILE *f;
	pid_t pid;
	struct piped *next;
};

static struct piped *streams;

FILE *popen(const char *command, const char *mode)
{
	int reading = 0, writing = 0, cloexec = 0;
	for (const char *m = mode; *m; m++) {
		if (*m == 'r')
			reading = 1;
		else if (*m == 'w')
			writing = 1;
		else if (*m == 'e')
			cloexec = 1;
		else
			reading = writing = 1;  /* refused below */
	}
	if (reading == writing) {
		errno = EINVAL;
		return 0;
	}
	struct piped *p = malloc(sizeof *p);
	int fds[2];
	if (!p)
		return 0;
	if (pipe2(fds, O_CLOEXEC) < 0) {
		free(p);
		return 0;
	}
	int mine = reading ? fds[0] : fds[1], theirs = reading ? fds[1] : fds[0];
	int target = reading ? STDOUT_FILENO : STDIN_FILENO;
	int err = 0;
	if (theirs == target) {
		/* Already in place, but close-on-exec: move it, so the dup2
		 * below makes a copy that survives exec. */
		int moved = fcntl(theirs, F_DUPFD_CLOEXEC, 3);
		if (moved < 0)
			err = errno;
		close(theirs);
		theirs = moved;
	}
	posix_spawn_file_actions_t fa;
	posix_spawn_file_actions_init(&fa);
	if (!err)
		err = posix_spawn_file_actions_adddup2(&fa, theirs, target);
	for (struct piped *q = streams; q && !err; q = q->next) {
		int fd = fileno(q->f);
		if (fd >= 0 && fd != target)
			err = posix_spawn_file_actions_addclose(&fa, fd);
	}
	char *argv[] = { "sh", "-c", (char *)command, 0 };
	if (!err)
		err = posix_spawn(&p->pid, SHELL_PATH, &fa, 0, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	if (theirs >= 0)
		close(theirs);
	if (!err && !cloexec && fcntl(mine, F_SETFD, 0) < 0)
		err = errno;
	if (!err && !(p->f = fdopen(mine, reading ? "r" : "w")))
		err = errno;
	if (err) {
		close(mine);
		free(p);
		errno = err;
		return 0;
	}
	p->next = streams;
	streams = p;
	return p->f;
}

int pclose(FILE *f)
{
	struct piped **at = &streams;
	while (*at && (*at)->f != f)
		at = &(*at)->next;
	struct piped *p = *at;
	if (!p)
		return fclose(f);       /* not ours: glibc just closes it */
	*at = p->next;
	pid_t pid = p->pid, w;
	free(p);
	fclose(f);
	int status;
	while ((w = waitpid(pid, &status, 0)) < 0 && errno == EINTR)
		;
	return w == pid ? status : -1;
}
