/* run-probes.c - runs the config.site probes inside exov6: for each name
 * read from standard input (one a line), /work/probes/NAME in a fresh
 * empty directory /tmp/probe-NAME, reporting "probe NAME exit N" or
 * "probe NAME signal N".  Exits 0. */
#include <errno.h>
#include <spawn.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

int main(void)
{
	char name[200];
	while (fgets(name, sizeof name, stdin)) {
		name[strcspn(name, "\n")] = 0;
		if (!name[0])
			continue;
		char dir[256], path[256];
		snprintf(dir, sizeof dir, "/tmp/probe-%s", name);
		snprintf(path, sizeof path, "/work/probes/%s", name);
		if (mkdir(dir, 0755) || chdir(dir)) {
			printf("probe %s error %s\n", name, strerror(errno));
			continue;
		}
		char *args[] = { name, 0 };
		pid_t pid;
		int status;
		fflush(stdout);
		if (posix_spawn(&pid, path, 0, 0, args, environ) || waitpid(pid, &status, 0) != pid)
			printf("probe %s error cannot run\n", name);
		else if (WIFSIGNALED(status))
			printf("probe %s signal %d\n", name, WTERMSIG(status));
		else
			printf("probe %s exit %d\n", name, WEXITSTATUS(status));
		if (chdir("/"))
			printf("probe %s error chdir /\n", name);
	}
	return 0;
}
