/* contest.c - console input through the fd layer's line discipline:
 * prints "ready", then echoes each line it reads as "got [LINE]"; a ^C
 * prints "interrupted"; end of file (^D on an empty line) prints "eof"
 * and ends the program. */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t interrupted;

static void on_int(int sig)
{
	(void)sig;
	interrupted = 1;
}

int main(void)
{
	signal(SIGINT, on_int);
	printf("ready\n");
	char line[256];
	for (;;) {
		ssize_t n = read(0, line, sizeof line - 1);
		if (interrupted) {
			printf("interrupted\n");
			interrupted = 0;
		}
		if (n < 0)
			continue;       /* EINTR */
		if (n == 0)
			break;
		line[n] = 0;
		if (n > 0 && line[n - 1] == '\n')
			line[n - 1] = 0;
		printf("got [%s]\n", line);
	}
	printf("eof\n");
	return 0;
}
