/* jobtest.c - job control and the console as a terminal, run as the first
 * program (a session leader owning the console):
 *   jobtest api     process groups and sessions, signals to groups, stop
 *                   and continue with WUNTRACED/WCONTINUED, SIGCHLD and
 *                   its flags, waitid, terminal settings, background reads
 *   jobtest intr    typed ^C ends a foreground busy loop at once, ^Z stops
 *                   it and it is continued in the foreground; ^C cuts a
 *                   read without SA_RESTART short (EINTR)
 *   jobtest raw     raw mode reads single keys without echo; VMIN 0 with
 *                   VTIME times out
 * "ok"/"FAIL" lines, exit = failures.  Expectations are Linux's. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

static int failures;
static volatile sig_atomic_t got_sig, chld_code, chld_pid, chld_count;

static void check(int ok, const char *what)
{
	printf("%s %s\n", ok ? "ok" : "FAIL", what);
	failures += !ok;
}

static void on_sig(int sig)
{
	got_sig = sig;
}

static void on_chld(int sig, siginfo_t *info, void *ctx)
{
	(void)sig;
	(void)ctx;
	chld_code = info->si_code;
	chld_pid = info->si_pid;
	chld_count++;
}

static void settle(void)
{
	struct timespec t = { 0, 50000000 };    /* 50 ms */
	nanosleep(&t, 0);
}

/* A child that counts in shared memory until killed. */
static pid_t spinner(volatile unsigned long *counter, int own_group)
{
	pid_t pid = fork();
	if (pid == 0) {
		if (own_group)
			setpgid(0, 0);
		for (;;)
			(*counter)++;
	}
	if (own_group)
		setpgid(pid, pid);      /* both sides, as shells do */
	return pid;
}

static int moving(volatile unsigned long *counter)
{
	unsigned long a = *counter;
	settle();
	return *counter != a;
}

static void groups(void)
{
	pid_t me = getpid();
	check(getpgrp() == me && getsid(0) == me, "the first program leads its group and session");
	check(setsid() == -1 && errno == EPERM, "setsid by a group leader: EPERM");
	check(setpgid(0, 0) == -1 && errno == EPERM, "setpgid of a session leader: EPERM");
	check(setpgid(-1, 0) == -1 && errno == EINVAL, "setpgid(-1): EINVAL");
	check(setpgid(0, -5) == -1 && errno == EINVAL, "setpgid to a negative group: EINVAL");
	check(getpgid(999999) == -1 && errno == ESRCH, "getpgid of no process: ESRCH");
	check(getsid(999999) == -1 && errno == ESRCH, "getsid of no process: ESRCH");

	int fds[2];
	pipe(fds);
	pid_t child = fork();
	if (child == 0) {
		close(fds[1]);
		char c;
		read(fds[0], &c, 1);    /* wait for the parent's checks */
		pid_t s = setsid();
		_exit(s == getpid() && getsid(0) == s && getpgrp() == s ? 0 : 1);
	}
	close(fds[0]);
	check(getpgid(child) == me, "a child starts in its parent's group");
	check(setpgid(child, 424242) == -1 && errno == EPERM, "setpgid to a group that does not exist: EPERM");
	check(setpgid(child, 0) == 0 && getpgid(child) == child, "setpgid(child, 0) makes it a group leader");
	check(setpgid(child, me) == 0 && getpgid(child) == me, "setpgid moves it back to the parent's group");
	check(setpgid(1, 0) == -1 && errno == ESRCH, "setpgid of a process that is not a child: ESRCH");
	write(fds[1], "x", 1);
	int status;
	waitpid(child, &status, 0);
	check(WIFEXITED(status) && WEXITSTATUS(status) == 0, "setsid in a child: a new session and group");
	close(fds[1]);

	/* A child that has exec'd (this program again, from its boot
	 * module, waiting to be killed): EACCES. */
	char *argv[] = { "jobtest", "sleep", 0 };
	char *envp[] = { 0 };
	child = fork();
	if (child == 0) {
		execve("jobtest", argv, envp);
		_exit(99);
	}
	settle();
	settle();
	int r = setpgid(child, 0);
	check(r == -1 && errno == EACCES, "setpgid of a child that has exec'd: EACCES");
	kill(child, SIGKILL);
	waitpid(child, &status, 0);
}

static void group_signals(volatile unsigned long *counter)
{
	pid_t a = spinner(counter, 1);
	pid_t b = fork();
	if (b == 0) {
		for (;;)
			sleep(1);
	}
	setpgid(b, a);
	check(getpgid(b) == a, "a second child joins the first one's group");
	check(killpg(a, SIGKILL) == 0, "killpg the group");
	int sa, sb;
	waitpid(a, &sa, 0);
	waitpid(b, &sb, 0);
	check(WIFSIGNALED(sa) && WTERMSIG(sa) == SIGKILL && WIFSIGNALED(sb) && WTERMSIG(sb) == SIGKILL,
	      "both members end by SIGKILL");
	check(kill(-a, SIGTERM) == -1 && errno == ESRCH, "kill(-pgid) of an empty group: ESRCH");
	check(killpg(-3, SIGTERM) == -1 && errno == EINVAL, "killpg(-3): EINVAL");
	check(kill(-999999, 0) == -1 && errno == ESRCH, "kill(-N) of a group that never existed: ESRCH");

	/* kill(0, sig) reaches the caller's group: the caller itself too. */
	signal(SIGUSR1, on_sig);
	got_sig = 0;
	check(kill(0, SIGUSR1) == 0 && got_sig == SIGUSR1, "kill(0, sig) reaches the caller's group");
	signal(SIGUSR1, SIG_DFL);
}

static void stop_continue(volatile unsigned long *counter)
{
	struct sigaction sa = { .sa_sigaction = on_chld, .sa_flags = SA_SIGINFO };
	sigaction(SIGCHLD, &sa, 0);
	pid_t pid = spinner(counter, 0);
	check(moving(counter), "the child runs");
	int status = 0;
	chld_count = 0;
	kill(pid, SIGSTOP);
	check(waitpid(pid, &status, WUNTRACED) == pid && WIFSTOPPED(status) && WSTOPSIG(status) == SIGSTOP,
	      "SIGSTOP: waitpid(WUNTRACED) reports it stopped by SIGSTOP");
	check(!moving(counter), "a stopped child does not run");
	check(chld_count >= 1 && chld_code == CLD_STOPPED && chld_pid == pid,
	      "SIGCHLD with CLD_STOPPED and the child's pid");
	check(waitpid(pid, &status, WUNTRACED | WNOHANG) == 0, "a stop is reported once");
	kill(pid, SIGSTOP);
	check(waitpid(pid, &status, WUNTRACED | WNOHANG) == 0, "stopping a stopped child reports nothing new");
	kill(pid, SIGCONT);
	check(waitpid(pid, &status, WCONTINUED) == pid && WIFCONTINUED(status),
	      "SIGCONT: waitpid(WCONTINUED) reports it continued");
	check(chld_code == CLD_CONTINUED, "SIGCHLD with CLD_CONTINUED");
	check(moving(counter), "a continued child runs again");
	kill(pid, SIGTSTP);
	check(waitpid(pid, &status, WUNTRACED) == pid && WIFSTOPPED(status) && WSTOPSIG(status) == SIGTSTP,
	      "SIGTSTP's default action stops (WSTOPSIG SIGTSTP)");
	kill(pid, SIGKILL);
	check(waitpid(pid, &status, 0) == pid && WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL,
	      "SIGKILL ends a stopped child");
	check(chld_code == CLD_KILLED && chld_pid == pid, "SIGCHLD with CLD_KILLED");

	/* A handled SIGTSTP does not stop. */
	pid = fork();
	if (pid == 0) {
		signal(SIGTSTP, on_sig);
		got_sig = 0;
		while (!got_sig)
			;
		_exit(7);
	}
	settle();
	kill(pid, SIGTSTP);
	check(waitpid(pid, &status, WUNTRACED) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 7,
	      "a handled SIGTSTP runs the handler instead of stopping");
	check(chld_code == CLD_EXITED && chld_pid == pid, "SIGCHLD with CLD_EXITED");

	/* SA_NOCLDSTOP: no SIGCHLD for a stop. */
	sa.sa_flags = SA_SIGINFO | SA_NOCLDSTOP;
	sigaction(SIGCHLD, &sa, 0);
	pid = spinner(counter, 0);
	chld_count = 0;
	kill(pid, SIGSTOP);
	waitpid(pid, &status, WUNTRACED);
	settle();
	check(chld_count == 0, "SA_NOCLDSTOP: no SIGCHLD when a child stops");
	kill(pid, SIGKILL);
	waitpid(pid, &status, 0);
	check(chld_count == 1, "SA_NOCLDSTOP: SIGCHLD when it ends");

	/* waitid: WNOWAIT leaves the child to a later wait. */
	pid = fork();
	if (pid == 0)
		_exit(5);
	siginfo_t info;
	memset(&info, 0, sizeof info);
	check(waitid(P_PID, (id_t)pid, &info, WEXITED | WNOWAIT) == 0 && info.si_pid == pid &&
	      info.si_code == CLD_EXITED && info.si_status == 5, "waitid(WNOWAIT) tells the end");
	check(waitpid(pid, &status, 0) == pid && WEXITSTATUS(status) == 5, "... and leaves it for waitpid");
	check(waitid(P_ALL, 0, &info, 0) == -1 && errno == EINVAL, "waitid without WEXITED/WSTOPPED/WCONTINUED: EINVAL");
	check(waitid(7, 0, &info, WEXITED) == -1 && errno == EINVAL, "waitid with a bad idtype: EINVAL");
	pid = spinner(counter, 0);
	kill(pid, SIGSTOP);
	memset(&info, 0, sizeof info);
	check(waitid(P_PID, (id_t)pid, &info, WSTOPPED) == 0 && info.si_code == CLD_STOPPED &&
	      info.si_status == SIGSTOP, "waitid(WSTOPPED) without WEXITED reports the stop");
	kill(pid, SIGKILL);
	waitpid(pid, &status, 0);

	/* waitpid(0) and waitpid(-pgid) choose by group. */
	pid_t other = spinner(counter, 1);
	pid = fork();
	if (pid == 0)
		_exit(3);
	check(waitpid(0, &status, 0) == pid, "waitpid(0) takes a child of the caller's group");
	check(waitpid(-other, &status, WNOHANG) == 0, "waitpid(-pgid, WNOHANG): nothing yet in that group");
	kill(other, SIGKILL);
	check(waitpid(-other, &status, 0) == other, "waitpid(-pgid) takes that group's child");
	check(waitpid(-other, &status, 0) == -1 && errno == ECHILD, "waitpid(-pgid) with no child there: ECHILD");

	/* SIGCHLD ignored: no zombies; wait ends with ECHILD. */
	signal(SIGCHLD, SIG_IGN);
	pid = fork();
	if (pid == 0)
		_exit(0);
	settle();
	check(waitpid(pid, &status, WNOHANG) == -1 && errno == ECHILD, "SIGCHLD ignored: the child left no zombie");
	pid = fork();
	if (pid == 0) {
		settle();
		_exit(0);
	}
	check(wait(&status) == -1 && errno == ECHILD, "SIGCHLD ignored: wait blocks until no child is left, then ECHILD");
	signal(SIGCHLD, SIG_DFL);
}

static void terminal(void)
{
	struct termios t;
	check(tcgetattr(0, &t) == 0 && (t.c_lflag & (ICANON | ECHO | ISIG)) == (ICANON | ECHO | ISIG) &&
	      t.c_cc[VINTR] == 3 && t.c_cc[VSUSP] == 26 && (t.c_iflag & ICRNL),
	      "tcgetattr: canonical, echo, signals, ^C ^Z, ICRNL");
	struct termios raw = t;
	cfmakeraw(&raw);
	check(tcsetattr(0, TCSANOW, &raw) == 0, "tcsetattr raw");
	struct termios back;
	tcgetattr(0, &back);
	check(!(back.c_lflag & (ICANON | ECHO)) && back.c_cc[VMIN] == 1, "the setting is the kernel's: read back");
	tcsetattr(0, TCSANOW, &t);
	check(tcsetattr(0, 77, &t) == -1 && errno == EINVAL, "tcsetattr with a bad action: EINVAL");
	check(tcgetattr(0, (struct termios *)8) == -1 && errno == EFAULT, "tcgetattr to a bad pointer: EFAULT");
	int fd = open("/dev/null", O_RDONLY);
	check(fd < 0 || (tcgetattr(fd, &t) == -1 && errno == ENOTTY), "tcgetattr of a non-terminal: ENOTTY");
	if (fd >= 0)
		close(fd);

	check(tcgetpgrp(0) == getpgrp() && tcgetsid(0) == getsid(0), "the console's group and session are ours");
	check(tcsetpgrp(0, 424242) == -1 && errno == EPERM, "tcsetpgrp to a group not in the session: EPERM");
	check(tcsetpgrp(0, -1) == -1 && errno == EINVAL, "tcsetpgrp(-1): EINVAL");

	struct winsize ws, ws2 = { 40, 132, 0, 0 };
	check(ioctl(0, TIOCGWINSZ, &ws) == 0 && ws.ws_row == 24 && ws.ws_col == 80, "TIOCGWINSZ: 80x24");
	signal(SIGWINCH, on_sig);
	got_sig = 0;
	check(ioctl(0, TIOCSWINSZ, &ws2) == 0 && got_sig == SIGWINCH, "TIOCSWINSZ signals SIGWINCH to the foreground");
	check(ioctl(0, TIOCGWINSZ, &ws) == 0 && ws.ws_row == 40 && ws.ws_col == 132, "... and the size sticks");
	ioctl(0, TIOCSWINSZ, &(struct winsize){ 24, 80, 0, 0 });
	signal(SIGWINCH, SIG_DFL);
	int n = -1;
	check(ioctl(0, FIONREAD, &n) == 0 && n == 0, "FIONREAD: nothing typed");
	check(ioctl(0, 0x7777, 0) == -1 && errno == ENOTTY, "an unknown request: ENOTTY");
	check(ioctl(0, TIOCSCTTY, 0) == 0, "TIOCSCTTY by the session's own leader");

	/* A background group's read stops it with SIGTTIN. */
	pid_t pid = fork();
	if (pid == 0) {
		setpgid(0, 0);
		char c;
		ssize_t r = read(0, &c, 1);
		_exit(r == -1 && errno == EIO ? 9 : 8);
	}
	setpgid(pid, pid);
	int status;
	check(waitpid(pid, &status, WUNTRACED) == pid && WIFSTOPPED(status) && WSTOPSIG(status) == SIGTTIN,
	      "a background read stops its group with SIGTTIN");
	kill(pid, SIGKILL);
	waitpid(pid, &status, 0);
	pid = fork();
	if (pid == 0) {
		setpgid(0, 0);
		signal(SIGTTIN, SIG_IGN);
		char c;
		ssize_t r = read(0, &c, 1);
		_exit(r == -1 && errno == EIO ? 9 : 8);
	}
	setpgid(pid, pid);
	check(waitpid(pid, &status, WUNTRACED) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 9,
	      "with SIGTTIN ignored the background read fails with EIO");
	/* tcsetpgrp from the background: SIGTTOU stops it unless ignored. */
	pid = fork();
	if (pid == 0) {
		setpgid(0, 0);
		_exit(tcsetpgrp(0, getpgrp()) == 0 ? 0 : 1);
	}
	setpgid(pid, pid);
	check(waitpid(pid, &status, WUNTRACED) == pid && WIFSTOPPED(status) && WSTOPSIG(status) == SIGTTOU,
	      "tcsetpgrp from the background stops with SIGTTOU");
	kill(pid, SIGKILL);
	waitpid(pid, &status, 0);
}

/* Print line in 0.2 s from a child, which the parent's reader reaps. */
static void prompt_later(const char *line)
{
	if (fork() == 0) {
		settle();
		settle();
		settle();
		settle();
		printf("%s\n", line);
		_exit(0);
	}
}

/* jobtest intr: the console types ^C and ^Z at the prompts.  A shell
 * prints a newline after a job's ^C: so do we, so that check lines start
 * lines. */
static void interactive(void)
{
	volatile unsigned long *counter = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	signal(SIGTTOU, SIG_IGN);       /* we take the console back, as a shell */
	pid_t pid = spinner(counter, 1);
	tcsetpgrp(0, pid);
	while (!moving(counter))
		;
	printf("busy: type ^C\n");
	fflush(stdout);
	int status;
	waitpid(pid, &status, 0);
	tcsetpgrp(0, getpgrp());
	printf("\n");
	check(WIFSIGNALED(status) && WTERMSIG(status) == SIGINT, "^C ends the foreground busy loop");

	pid = spinner(counter, 1);
	tcsetpgrp(0, pid);
	while (!moving(counter))
		;
	printf("busy: type ^Z\n");
	fflush(stdout);
	waitpid(pid, &status, WUNTRACED);
	tcsetpgrp(0, getpgrp());
	printf("\n");
	check(WIFSTOPPED(status) && WSTOPSIG(status) == SIGTSTP, "^Z stops the foreground job (SIGTSTP)");
	check(!moving(counter), "the stopped job does not run");
	tcsetpgrp(0, pid);
	kill(-pid, SIGCONT);
	check(waitpid(pid, &status, WCONTINUED) == pid && WIFCONTINUED(status) && moving(counter),
	      "fg: SIGCONT to its group continues it");
	printf("busy again: type ^C\n");
	fflush(stdout);
	waitpid(pid, &status, 0);
	tcsetpgrp(0, getpgrp());
	printf("\n");
	check(WIFSIGNALED(status) && WTERMSIG(status) == SIGINT, "^C ends the continued job");

	/* A read with a handler lacking SA_RESTART: EINTR.  The prompts come
	 * from a child once the read is under way, so the ^C cannot come
	 * before it. */
	struct sigaction sa = { .sa_handler = on_sig };
	sigaction(SIGINT, &sa, 0);
	char buf[16];
	got_sig = 0;
	prompt_later("reading: type ^C");
	ssize_t r = read(0, buf, sizeof buf);
	printf("\n");
	check(r == -1 && errno == EINTR && got_sig == SIGINT, "^C cuts a read without SA_RESTART short: EINTR");
	sa.sa_flags = SA_RESTART;
	sigaction(SIGINT, &sa, 0);
	got_sig = 0;
	prompt_later("reading again: type ^C then a line");
	r = read(0, buf, sizeof buf);
	check(r == 5 && memcmp(buf, "line\n", 5) == 0 && got_sig == SIGINT, "with SA_RESTART the read goes on");
	while (wait(0) > 0)
		;               /* the prompters */
}

/* jobtest raw: single keys, no echo, then a VTIME timeout. */
static void raw_mode(void)
{
	struct termios t, raw;
	tcgetattr(0, &t);
	raw = t;
	raw.c_lflag &= ~(tcflag_t)(ICANON | ECHO);
	raw.c_cc[VMIN] = 1;
	raw.c_cc[VTIME] = 0;
	tcsetattr(0, TCSANOW, &raw);
	printf("raw: type keys\n");
	fflush(stdout);
	char got[4] = { 0 };
	int ok = 1;
	for (int i = 0; i < 3; i++)
		ok &= read(0, &got[i], 1) == 1;
	printf("keys [%s]\n", got);
	check(ok && strcmp(got, "xyz") == 0, "raw mode: three single-byte reads give the keys");
	raw.c_cc[VMIN] = 0;
	raw.c_cc[VTIME] = 3;
	tcsetattr(0, TCSANOW, &raw);
	struct timespec a, b;
	clock_gettime(CLOCK_MONOTONIC, &a);
	char c;
	ssize_t r = read(0, &c, 1);
	clock_gettime(CLOCK_MONOTONIC, &b);
	long ms = (b.tv_sec - a.tv_sec) * 1000 + (b.tv_nsec - a.tv_nsec) / 1000000;
	check(r == 0 && ms >= 290, "VMIN 0, VTIME 3: read returns 0 after 0.3 s");
	raw.c_cc[VTIME] = 0;
	tcsetattr(0, TCSANOW, &raw);
	check(read(0, &c, 1) == 0, "VMIN 0, VTIME 0: read returns at once");
	tcsetattr(0, TCSANOW, &t);
}

int main(int argc, char **argv)
{
	const char *mode = argc > 1 ? argv[1] : "api";
	if (strcmp(mode, "sleep") == 0) {
		for (;;)
			sleep(1);
	}
	setvbuf(stdout, 0, _IOLBF, 0);
	if (strcmp(mode, "intr") == 0) {
		interactive();
	} else if (strcmp(mode, "raw") == 0) {
		raw_mode();
	} else {
		volatile unsigned long *counter =
			mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
		groups();
		group_signals(counter);
		stop_continue(counter);
		terminal();
	}
	printf("done: %d failures\n", failures);
	return failures;
}
