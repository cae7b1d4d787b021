/* minish.c - a stand-in /bin/sh for the system and popen tests, until the
 * base system's shell arrives: `sh -c "WORD..."` runs one command of
 * space-separated words, $$ and $PPID expanded.  Builtins: exit N, echo
 * WORD..., kill SIG PID, disp SIG (exit 0: SIG_DFL, 1: SIG_IGN, 2: a
 * handler), masked SIG (exit 1 if blocked), fds (the open descriptors
 * below 32 on stdout), count (exit with the number of bytes on stdin,
 * mod 256), sleepms N; any other word names a program to exec. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAX_WORDS 32

static char *expand(char *w, char *buf, size_t size)
{
	if (strcmp(w, "$$") == 0)
		snprintf(buf, size, "%d", (int)getpid());
	else if (strcmp(w, "$PPID") == 0)
		snprintf(buf, size, "%d", (int)getppid());
	else
		return w;
	return buf;
}

int main(int argc, char **argv)
{
	if (argc < 3 || strcmp(argv[1], "-c") != 0) {
		fprintf(stderr, "usage: sh -c COMMAND\n");
		return 2;
	}
	char *words[MAX_WORDS + 1], bufs[MAX_WORDS][16];
	int n = 0;
	for (char *w = strtok(argv[2], " "); w && n < MAX_WORDS; w = strtok(NULL, " "), n++)
		words[n] = expand(w, bufs[n], sizeof bufs[n]);
	words[n] = NULL;
	if (n == 0)
		return 0;
	if (strcmp(words[0], "exit") == 0)
		return n > 1 ? atoi(words[1]) : 0;
	if (strcmp(words[0], "echo") == 0) {
		for (int i = 1; i < n; i++)
			printf("%s%s", words[i], i + 1 < n ? " " : "");
		printf("\n");
		return 0;
	}
	if (strcmp(words[0], "kill") == 0 && n == 3)
		return kill(atoi(words[2]), atoi(words[1])) ? 1 : 0;
	if (strcmp(words[0], "disp") == 0 && n == 2) {
		struct sigaction sa;
		sigaction(atoi(words[1]), NULL, &sa);
		return sa.sa_handler == SIG_DFL ? 0 : sa.sa_handler == SIG_IGN ? 1 : 2;
	}
	if (strcmp(words[0], "masked") == 0 && n == 2) {
		sigset_t s;
		sigprocmask(SIG_BLOCK, NULL, &s);
		return sigismember(&s, atoi(words[1])) == 1;
	}
	if (strcmp(words[0], "fds") == 0) {
		for (int fd = 0; fd < 32; fd++)
			if (fcntl(fd, F_GETFD) >= 0)
				printf("%s%d", fd ? " " : "", fd);
		printf("\n");
		return 0;
	}
	if (strcmp(words[0], "count") == 0) {
		char buf[512];
		long total = 0;
		ssize_t r;
		while ((r = read(0, buf, sizeof buf)) > 0)
			total += r;
		return (int)(total % 256);
	}
	if (strcmp(words[0], "sleepms") == 0 && n == 2) {
		usleep((useconds_t)atoi(words[1]) * 1000);
		return 0;
	}
	execvp(words[0], words);
	fprintf(stderr, "sh: %s: %s\n", words[0], strerror(errno));
	return 127;
}
