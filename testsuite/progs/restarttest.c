/* restarttest.c - SA_RESTART and EINTR, call by call: a blocking pipe
 * read or write cut short by a handler without SA_RESTART (EINTR, or the
 * bytes written so far) and carried on with it (the data), an alarm doing
 * the same, signals without a handler never cutting anything short;
 * poll, select and sem_wait ended by any handler; waitpid; and file
 * reads, writes and opens never interrupted at all, with signals raining
 * on them (as for disk files on Linux), their data still in order.
 * Linux's answers (glibc restarts sem_wait under SA_RESTART; exov6
 * follows POSIX there): the program builds and passes on Linux too.
 * argv[1] is a scratch directory on a real file system.
 * "ok"/"FAIL" lines, exit = failures. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <semaphore.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/select.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int failures;
static volatile sig_atomic_t hits;

static void check(int ok, const char *what)
{
	printf("%s %s\n", ok ? "ok" : "FAIL", what);
	fflush(stdout);
	failures += !ok;
}

static void on_signal(int sig)
{
	(void)sig;
	hits++;
}

static void handle(int sig, int flags)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sa.sa_flags = flags;
	sigaction(sig, &sa, NULL);
}

static void reap(pid_t pid, int *st)
{
	while (waitpid(pid, st, 0) < 0 && errno == EINTR)
		;
}

/* A child that signals us after ms1 (sig 0: not), then writes one byte
 * to fd after ms2 more (fd -1: not). */
static pid_t helper(int sig, int ms1, int fd, int ms2)
{
	pid_t parent = getpid(), pid = fork();
	if (pid == 0) {
		usleep(ms1 * 1000);
		if (sig)
			kill(parent, sig);
		usleep(ms2 * 1000);
		if (fd >= 0 && write(fd, "x", 1) != 1)
			_exit(1);
		_exit(0);
	}
	return pid;
}

static void pipe_reads(void)
{
	int p[2];
	char c = 0;
	pipe(p);
	handle(SIGUSR1, 0);
	hits = 0;
	pid_t pid = helper(SIGUSR1, 100, p[1], 100);
	errno = 0;
	ssize_t n = read(p[0], &c, 1);
	check(n == -1 && errno == EINTR && hits == 1, "a handler without SA_RESTART cuts a pipe read short: EINTR");
	check(read(p[0], &c, 1) == 1 && c == 'x', "the data comes to the next read");
	reap(pid, NULL);

	handle(SIGUSR1, SA_RESTART);
	hits = 0;
	pid = helper(SIGUSR1, 100, p[1], 100);
	c = 0;
	n = read(p[0], &c, 1);
	check(n == 1 && c == 'x' && hits == 1, "with SA_RESTART the read goes on and gets the data");
	reap(pid, NULL);

	/* An alarm, both ways. */
	handle(SIGALRM, 0);
	hits = 0;
	pid = helper(0, 0, p[1], 300);
	alarm(1);
	struct itimerval t = { { 0, 0 }, { 0, 100000 } };
	setitimer(ITIMER_REAL, &t, NULL);
	errno = 0;
	n = read(p[0], &c, 1);
	check(n == -1 && errno == EINTR && hits == 1, "an alarm handler without SA_RESTART: the read fails with EINTR");
	read(p[0], &c, 1);
	reap(pid, NULL);
	handle(SIGALRM, SA_RESTART);
	hits = 0;
	pid = helper(0, 0, p[1], 300);
	setitimer(ITIMER_REAL, &t, NULL);
	c = 0;
	n = read(p[0], &c, 1);
	check(n == 1 && c == 'x' && hits == 1, "an alarm handler with SA_RESTART: the read returns the data");
	reap(pid, NULL);

	/* Signals without a handler cut nothing short. */
	signal(SIGUSR2, SIG_IGN);
	signal(SIGWINCH, SIG_DFL);
	pid = helper(SIGUSR2, 50, p[1], 150);
	pid_t other = helper(SIGWINCH, 100, -1, 0);
	pid_t quick = fork();
	if (quick == 0)
		_exit(0);       /* and its SIGCHLD */
	c = 0;
	n = read(p[0], &c, 1);
	check(n == 1 && c == 'x', "ignored and default-ignored signals (and SIGCHLD) do not cut a read short");
	reap(pid, NULL);
	reap(other, NULL);
	reap(quick, NULL);
	signal(SIGUSR2, SIG_DFL);
	close(p[0]);
	close(p[1]);
}

static void pipe_writes(void)
{
	int p[2];
	pipe(p);
	fcntl(p[1], F_SETFL, O_NONBLOCK);
	static char buf[300000];
	size_t full = 0;
	ssize_t n;
	while ((n = write(p[1], buf, 4096)) > 0)
		full += (size_t)n;
	fcntl(p[1], F_SETFL, 0);
	handle(SIGUSR1, 0);
	hits = 0;
	pid_t pid = helper(SIGUSR1, 100, -1, 0);
	errno = 0;
	n = write(p[1], buf, 1);
	check(n == -1 && errno == EINTR && hits == 1, "a write blocked on a full pipe: EINTR");
	reap(pid, NULL);

	/* Drain, then a write larger than the pipe: cut short partway. */
	fcntl(p[0], F_SETFL, O_NONBLOCK);
	while (read(p[0], buf, sizeof buf) > 0)
		;
	fcntl(p[0], F_SETFL, 0);
	hits = 0;
	pid = helper(SIGUSR1, 100, -1, 0);
	n = write(p[1], buf, sizeof buf);
	check(n > 0 && (size_t)n < sizeof buf && hits == 1,
	      "a write larger than the pipe, interrupted: the bytes written so far");
	reap(pid, NULL);
	fcntl(p[0], F_SETFL, O_NONBLOCK);
	while (read(p[0], buf, sizeof buf) > 0)
		;
	fcntl(p[0], F_SETFL, 0);

	/* SA_RESTART: the write goes on once a reader drains the pipe. */
	handle(SIGUSR1, SA_RESTART);
	fcntl(p[1], F_SETFL, O_NONBLOCK);
	while (write(p[1], buf, 4096) > 0)
		;
	fcntl(p[1], F_SETFL, 0);
	hits = 0;
	pid_t parent = getpid();
	pid = fork();
	if (pid == 0) {
		usleep(100000);
		kill(parent, SIGUSR1);
		usleep(100000);
		char sink[8192];
		for (size_t got = 0; got < full + 100;) {
			ssize_t r = read(p[0], sink, sizeof sink);
			if (r <= 0)
				_exit(1);
			got += (size_t)r;
		}
		_exit(0);
	}
	n = write(p[1], buf, 100);
	int st = -1;
	reap(pid, &st);
	check(n == 100 && hits == 1 && WIFEXITED(st) && WEXITSTATUS(st) == 0,
	      "with SA_RESTART a blocked write goes on and completes");
	close(p[0]);
	close(p[1]);
	signal(SIGUSR1, SIG_DFL);
}

static void never_restarted(void)
{
	int p[2];
	pipe(p);
	handle(SIGUSR1, SA_RESTART);
	hits = 0;
	pid_t pid = helper(SIGUSR1, 100, -1, 0);
	struct pollfd pf = { p[0], POLLIN, 0 };
	errno = 0;
	int r = poll(&pf, 1, 5000);
	check(r == -1 && errno == EINTR && hits == 1, "poll: EINTR even with SA_RESTART");
	reap(pid, NULL);
	hits = 0;
	pid = helper(SIGUSR1, 100, -1, 0);
	fd_set rd;
	FD_ZERO(&rd);
	FD_SET(p[0], &rd);
	struct timeval tv = { 5, 0 };
	errno = 0;
	r = select(p[0] + 1, &rd, NULL, NULL, &tv);
	check(r == -1 && errno == EINTR && hits == 1, "select: EINTR even with SA_RESTART");
	reap(pid, NULL);
	signal(SIGUSR2, SIG_IGN);
	pid = helper(SIGUSR2, 50, -1, 0);
	struct timespec a, b;
	clock_gettime(CLOCK_MONOTONIC, &a);
	r = poll(&pf, 1, 300);
	clock_gettime(CLOCK_MONOTONIC, &b);
	long ms = (b.tv_sec - a.tv_sec) * 1000 + (b.tv_nsec - a.tv_nsec) / 1000000;
	check(r == 0 && ms >= 290, "an ignored signal does not cut poll short");
	reap(pid, NULL);
	signal(SIGUSR2, SIG_DFL);
	close(p[0]);
	close(p[1]);

	sem_t *sem = mmap(NULL, sizeof *sem, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	sem_init(sem, 1, 0);
	handle(SIGUSR1, 0);
	hits = 0;
	pid_t parent = getpid();
	pid = fork();
	if (pid == 0) {
		usleep(100000);
		kill(parent, SIGUSR1);
		usleep(100000);
		sem_post(sem);
		_exit(0);
	}
	errno = 0;
	r = sem_wait(sem);
	check(r == -1 && errno == EINTR && hits == 1, "sem_wait: EINTR after a handler");
	check(sem_wait(sem) == 0, "the post comes to the next sem_wait");
	reap(pid, NULL);
	handle(SIGUSR1, SA_RESTART);
	hits = 0;
	pid = fork();
	if (pid == 0) {
		usleep(100000);
		kill(parent, SIGUSR1);
		usleep(100000);
		sem_post(sem);
		_exit(0);
	}
	errno = 0;
	r = sem_wait(sem);
#ifdef __exov6__
	check(r == -1 && errno == EINTR && hits == 1, "sem_wait: EINTR after a handler with SA_RESTART (POSIX)");
	sem_wait(sem);
#else
	check(r == 0 && hits == 1, "sem_wait: glibc restarts it under SA_RESTART");
#endif
	reap(pid, NULL);
	signal(SIGUSR2, SIG_IGN);
	pid = fork();
	if (pid == 0) {
		usleep(50000);
		kill(parent, SIGUSR2);
		usleep(100000);
		sem_post(sem);
		_exit(0);
	}
	check(sem_wait(sem) == 0, "an ignored signal does not cut sem_wait short");
	reap(pid, NULL);
	signal(SIGUSR2, SIG_DFL);
}

static void waits(void)
{
	handle(SIGUSR1, 0);
	hits = 0;
	pid_t parent = getpid();
	pid_t pid = fork();
	if (pid == 0) {
		usleep(100000);
		kill(parent, SIGUSR1);
		usleep(100000);
		_exit(5);
	}
	int st = -1;
	errno = 0;
	pid_t r = waitpid(pid, &st, 0);
	check(r == -1 && errno == EINTR && hits == 1, "waitpid cut short: EINTR");
	reap(pid, &st);
	handle(SIGUSR1, SA_RESTART);
	hits = 0;
	pid = fork();
	if (pid == 0) {
		usleep(100000);
		kill(parent, SIGUSR1);
		usleep(100000);
		_exit(5);
	}
	r = waitpid(pid, &st, 0);
	check(r == pid && WEXITSTATUS(st) == 5 && hits == 1, "with SA_RESTART waitpid goes on");
	signal(SIGUSR1, SIG_DFL);
}

/* File calls under a rain of signals from a handler without SA_RESTART. */
static void files(const char *dir)
{
	char path[256];
	snprintf(path, sizeof path, "%s/restart.data", dir);
	enum { CHUNK = 4096, CHUNKS = 256 };
	static char buf[CHUNK];
	int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0644);
	check(fd >= 0, "a scratch file");
	handle(SIGALRM, 0);
	hits = 0;
	struct itimerval rain = { { 0, 1000 }, { 0, 1000 } }, off = { { 0, 0 }, { 0, 0 } };
	setitimer(ITIMER_REAL, &rain, NULL);
	int eintr = 0, bad = 0;
	for (int i = 0; i < CHUNKS; i++) {
		memset(buf, 'a' + i % 26, sizeof buf);
		ssize_t n = write(fd, buf, sizeof buf);
		if (n < 0 && errno == EINTR)
			eintr++;
		else if (n != CHUNK)
			bad++;
	}
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (int round = 0; round < 1000; round++) {
		clock_gettime(CLOCK_MONOTONIC, &t1);
		if (round >= 2 && (t1.tv_sec - t0.tv_sec) * 1000 + (t1.tv_nsec - t0.tv_nsec) / 1000000 > 600)
			break;
		lseek(fd, 0, SEEK_SET);
		for (int i = 0; i < CHUNKS; i++) {
			ssize_t n = read(fd, buf, sizeof buf);
			if (n < 0 && errno == EINTR)
				eintr++;
			else if (n != CHUNK || buf[0] != 'a' + i % 26 || buf[CHUNK - 1] != 'a' + i % 26)
				bad++;
		}
		for (int i = 0; i < 20; i++) {
			int f = open(path, O_RDONLY);
			if (f < 0 && errno == EINTR)
				eintr++;
			else if (f < 0 || close(f) < 0)
				bad++;
		}
	}
	setitimer(ITIMER_REAL, &off, NULL);
	char what[120];
	snprintf(what, sizeof what, "file reads, writes and opens under %d signals: no EINTR (%d), data in order (%d bad)",
		 (int)hits, eintr, bad);
	check(eintr == 0 && bad == 0 && hits > 10, what);
	close(fd);
	unlink(path);
	signal(SIGALRM, SIG_DFL);
}

int main(int argc, char **argv)
{
	pipe_reads();
	pipe_writes();
	never_restarted();
	waits();
	files(argc > 1 ? argv[1] : "/tmp");
	printf("done: %d failures\n", failures);
	return failures;
}
