/* timertest.c - interval timers and sleeps: setitimer and getitimer
 * (ITIMER_REAL firing once and periodically, ITIMER_VIRTUAL counting only
 * user time, ITIMER_PROF), alarm and ualarm with glibc's rounding, bad
 * input, a forked child without timers, an alarm surviving exec; sleeps a
 * signal without a handler does not cut short (an ignored signal, a stop
 * and continue), sleeps a handler does (EINTR, the time left, sleep's
 * whole seconds), clock_nanosleep.  The expectations are Linux's and
 * glibc's: the program builds and passes there too.  argv[1]
 * "alarm-exec" is the image an exec starts with an alarm pending.
 * "ok"/"FAIL" lines, exit = failures. */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int failures;
static volatile sig_atomic_t alrm, vtalrm, prof, usr1;

static void check(int ok, const char *what)
{
	printf("%s %s\n", ok ? "ok" : "FAIL", what);
	fflush(stdout);
	failures += !ok;
}

static void on_signal(int sig)
{
	if (sig == SIGALRM)
		alrm++;
	else if (sig == SIGVTALRM)
		vtalrm++;
	else if (sig == SIGPROF)
		prof++;
	else if (sig == SIGUSR1)
		usr1++;
}

static void handle(int sig, int flags)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sa.sa_flags = flags;
	sigaction(sig, &sa, NULL);
}

static long now_ms(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

static long usec_of(const struct timeval *tv)
{
	return tv->tv_sec * 1000000 + tv->tv_usec;
}

static int set_timer(int which, long value_us, long interval_us)
{
	struct itimerval v = { { interval_us / 1000000, interval_us % 1000000 },
			       { value_us / 1000000, value_us % 1000000 } };
	return setitimer(which, &v, NULL);
}

static void reap(pid_t pid, int *st)
{
	while (waitpid(pid, st, 0) < 0 && errno == EINTR)
		;
}

/* Spin in user mode until flag is set or ms of wall time pass. */
static int spin_until(volatile sig_atomic_t *flag, long ms)
{
	long end = now_ms() + ms;
	volatile unsigned long n = 0;
	while (!*flag && now_ms() < end)
		for (int i = 0; i < 10000; i++)
			n++;
	return *flag;
}

static void real_timer(void)
{
	struct itimerval v;
	check(getitimer(ITIMER_REAL, &v) == 0 && usec_of(&v.it_value) == 0 && usec_of(&v.it_interval) == 0,
	      "no real timer at start");
	handle(SIGALRM, 0);
	alrm = 0;
	long t0 = now_ms();
	check(set_timer(ITIMER_REAL, 200000, 0) == 0, "setitimer ITIMER_REAL 200 ms");
	check(getitimer(ITIMER_REAL, &v) == 0 && usec_of(&v.it_value) > 100000 &&
	      usec_of(&v.it_value) <= 200000 && usec_of(&v.it_interval) == 0,
	      "getitimer reads the time left");
	while (!alrm && now_ms() - t0 < 5000)
		pause();
	long ms = now_ms() - t0;
	char what[100];
	snprintf(what, sizeof what, "SIGALRM after 200 ms (%ld ms)", ms);
	check(alrm == 1 && ms >= 190 && ms < 2000, what);
	check(getitimer(ITIMER_REAL, &v) == 0 && usec_of(&v.it_value) == 0, "a one-shot timer disarms itself");

	alrm = 0;
	t0 = now_ms();
	set_timer(ITIMER_REAL, 50000, 50000);
	while (alrm < 4 && now_ms() - t0 < 5000)
		pause();
	ms = now_ms() - t0;
	struct itimerval off = { { 0, 0 }, { 0, 0 } }, old;
	check(setitimer(ITIMER_REAL, &off, &old) == 0 && usec_of(&old.it_interval) == 50000 &&
	      usec_of(&old.it_value) > 0 && usec_of(&old.it_value) <= 50000,
	      "setitimer reports the old setting (value left, interval)");
	snprintf(what, sizeof what, "a 50 ms interval timer fires 4 times in %ld ms", ms);
	check(alrm >= 4 && ms >= 150 && ms < 3000, what);
	check(getitimer(ITIMER_REAL, &v) == 0 && usec_of(&v.it_value) == 0 && usec_of(&v.it_interval) == 0,
	      "a zero value disarms (and forgets the interval)");
	set_timer(ITIMER_REAL, 5000000, 0);
	check(setitimer(ITIMER_REAL, NULL, NULL) == 0 && getitimer(ITIMER_REAL, &v) == 0 &&
	      usec_of(&v.it_value) == 0, "a NULL new value disarms (Linux)");

	struct itimerval bad = { { 0, 0 }, { 0, 1000000 } };
	errno = 0;
	check(setitimer(ITIMER_REAL, &bad, NULL) == -1 && errno == EINVAL, "tv_usec 1000000: EINVAL");
	bad.it_value.tv_usec = -1;
	errno = 0;
	check(setitimer(ITIMER_REAL, &bad, NULL) == -1 && errno == EINVAL, "tv_usec -1: EINVAL");
	bad.it_value.tv_usec = 0;
	bad.it_interval.tv_sec = -1;
	errno = 0;
	check(setitimer(ITIMER_REAL, &bad, NULL) == -1 && errno == EINVAL, "a negative interval: EINVAL");
	errno = 0;
	check(setitimer(3, &off, NULL) == -1 && errno == EINVAL, "setitimer(3): EINVAL");
	errno = 0;
	check(getitimer(-1, &v) == -1 && errno == EINVAL, "getitimer(-1): EINVAL");
	errno = 0;
	check(getitimer(ITIMER_REAL, (struct itimerval *)8) == -1 && errno == EFAULT,
	      "getitimer of a bad pointer: EFAULT");
	errno = 0;
	check(setitimer(ITIMER_REAL, (struct itimerval *)8, NULL) == -1 && errno == EFAULT,
	      "setitimer of a bad pointer: EFAULT");

	set_timer(ITIMER_REAL, 10000000, 0);
	pid_t pid = fork();
	if (pid == 0) {
		struct itimerval c;
		getitimer(ITIMER_REAL, &c);
		_exit(usec_of(&c.it_value) == 0 ? 0 : 1);
	}
	int st = -1;
	reap(pid, &st);
	check(WIFEXITED(st) && WEXITSTATUS(st) == 0, "a forked child starts without the parent's timer");
	set_timer(ITIMER_REAL, 0, 0);
}

static void cpu_timers(void)
{
	handle(SIGVTALRM, 0);
	handle(SIGPROF, 0);
	struct itimerval v;
	vtalrm = 0;
	set_timer(ITIMER_VIRTUAL, 60000, 0);
	struct timespec nap = { 0, 300000000 };
	nanosleep(&nap, NULL);
	getitimer(ITIMER_VIRTUAL, &v);
	check(vtalrm == 0 && usec_of(&v.it_value) > 30000,
	      "ITIMER_VIRTUAL does not count time asleep");
	check(spin_until(&vtalrm, 10000), "ITIMER_VIRTUAL fires after 60 ms of user time (a busy loop)");
	prof = 0;
	set_timer(ITIMER_PROF, 60000, 0);
	check(spin_until(&prof, 10000), "ITIMER_PROF fires after 60 ms of running time");
	vtalrm = 0;
	set_timer(ITIMER_VIRTUAL, 20000, 20000);
	long t0 = now_ms();
	while (vtalrm < 3 && now_ms() - t0 < 10000)
		spin_until(&vtalrm, 100);
	set_timer(ITIMER_VIRTUAL, 0, 0);
	check(vtalrm >= 3, "a periodic ITIMER_VIRTUAL fires again and again");
	getitimer(ITIMER_VIRTUAL, &v);
	check(usec_of(&v.it_value) == 0, "ITIMER_VIRTUAL disarmed");
}

static void alarms(void)
{
	handle(SIGALRM, 0);
	check(alarm(2) == 0, "alarm(2) with none set returns 0");
	usleep(100000);
	check(alarm(5) == 2, "alarm(5) returns 2: 1.9 s left, rounded to the nearest second");
	check(alarm(0) == 5, "alarm(0) returns what is left and disarms");
	struct itimerval v;
	getitimer(ITIMER_REAL, &v);
	check(usec_of(&v.it_value) == 0, "alarm(0) disarmed the timer");
	ualarm(300000, 0);
	check(alarm(0) == 1, "an alarm under a second reads 1, never 0");
	alrm = 0;
	long t0 = now_ms();
	alarm(1);
	while (!alrm && now_ms() - t0 < 5000)
		pause();
	long ms = now_ms() - t0;
	char what[80];
	snprintf(what, sizeof what, "alarm(1) raises SIGALRM after a second (%ld ms)", ms);
	check(alrm == 1 && ms >= 990 && ms < 3000, what);

	check(ualarm(100000, 0) == 0, "ualarm with none set returns 0");
	useconds_t left = ualarm(0, 0);
	check(left > 0 && left <= 100000, "ualarm(0, 0) returns the microseconds left");
	errno = 0;
	check(ualarm(1000000, 0) == (useconds_t)-1 && errno == EINVAL,
	      "ualarm of a whole second: -1 EINVAL (glibc)");
	alrm = 0;
	ualarm(30000, 30000);
	t0 = now_ms();
	while (alrm < 3 && now_ms() - t0 < 5000)
		pause();
	ualarm(0, 0);
	check(alrm >= 3, "ualarm with an interval repeats");
}

/* The image after exec: the alarm set before must still be on. */
static int alarm_exec_image(void)
{
	struct itimerval v;
	getitimer(ITIMER_REAL, &v);
	if (usec_of(&v.it_value) == 0)
		return 2;
	for (;;)
		pause();        /* SIGALRM, default action: the end */
}

static void alarm_across_exec(const char *self)
{
	long t0 = now_ms();
	pid_t pid = fork();
	if (pid == 0) {
		alarm(1);
		char *argv[] = { (char *)self, "alarm-exec", NULL };
		execv(self, argv);
		_exit(3);
	}
	int st = -1;
	reap(pid, &st);
	long ms = now_ms() - t0;
	char what[100];
	snprintf(what, sizeof what, "an alarm survives exec and ends the new image (%ld ms)", ms);
	check(WIFSIGNALED(st) && WTERMSIG(st) == SIGALRM && ms >= 900, what);
}

static void sleeps(void)
{
	pid_t parent = getpid();
	/* An ignored signal: the sleep goes on. */
	signal(SIGWINCH, SIG_DFL);
	signal(SIGUSR2, SIG_IGN);
	pid_t pid = fork();
	if (pid == 0) {
		usleep(50000);
		kill(parent, SIGWINCH);
		kill(parent, SIGUSR2);
		_exit(0);
	}
	long t0 = now_ms();
	struct timespec req = { 0, 300000000 }, rem = { 9, 9 };
	int r = nanosleep(&req, &rem);
	long ms = now_ms() - t0;
	check(r == 0 && ms >= 295, "signals without a handler do not cut nanosleep short");
	reap(pid, NULL);
	signal(SIGUSR2, SIG_DFL);

	/* A stop and continue: the sleep goes on to its end. */
	pid = fork();
	if (pid == 0) {
		long c0 = now_ms();
		struct timespec q = { 0, 500000000 };
		int cr = nanosleep(&q, NULL);
		_exit(cr == 0 && now_ms() - c0 >= 495 ? 0 : 1);
	}
	usleep(100000);
	kill(pid, SIGSTOP);
	usleep(100000);
	kill(pid, SIGCONT);
	int st = -1;
	reap(pid, &st);
	check(WIFEXITED(st) && WEXITSTATUS(st) == 0, "a stop and continue does not cut nanosleep short");

	/* A handler does, SA_RESTART or not. */
	handle(SIGUSR1, SA_RESTART);
	pid = fork();
	if (pid == 0) {
		usleep(200000);
		kill(parent, SIGUSR1);
		_exit(0);
	}
	usr1 = 0;
	t0 = now_ms();
	errno = 0;
	r = nanosleep(&(struct timespec){ 2, 0 }, &rem);
	check(r == -1 && errno == EINTR && usr1 == 1 && rem.tv_sec == 1 && rem.tv_nsec > 0,
	      "a handler with SA_RESTART still ends nanosleep: EINTR, 1.8 s left");
	reap(pid, NULL);
	pid = fork();
	if (pid == 0) {
		usleep(500000);
		kill(parent, SIGUSR1);
		_exit(0);
	}
	unsigned left = sleep(3);
	check(left == 2, "sleep(3) cut short after 0.5 s returns 2 (whole seconds left, glibc)");
	reap(pid, NULL);
	pid = fork();
	if (pid == 0) {
		usleep(100000);
		kill(parent, SIGUSR1);
		_exit(0);
	}
	errno = 0;
	check(usleep(2000000) == -1 && errno == EINTR, "usleep cut short: -1 EINTR");
	reap(pid, NULL);

	struct timespec abs;
	clock_gettime(CLOCK_MONOTONIC, &abs);
	long start = abs.tv_sec * 1000 + abs.tv_nsec / 1000000;
	abs.tv_nsec += 150000000;
	if (abs.tv_nsec >= 1000000000) {
		abs.tv_sec++;
		abs.tv_nsec -= 1000000000;
	}
	r = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &abs, NULL);
	check(r == 0 && now_ms() - start >= 149, "clock_nanosleep to an absolute time");
	t0 = now_ms();
	check(clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &(struct timespec){ 1, 0 }, NULL) == 0 &&
	      now_ms() - t0 < 50, "clock_nanosleep to a time past returns at once");
	check(clock_nanosleep(CLOCK_REALTIME, 0, &(struct timespec){ 0, 20000000 }, NULL) == 0,
	      "clock_nanosleep on CLOCK_REALTIME");
	errno = 0;
	check(clock_nanosleep(99, 0, &req, NULL) == EINVAL && errno == 0,
	      "clock_nanosleep on no clock returns EINVAL (errno untouched)");
	check(clock_nanosleep(CLOCK_MONOTONIC, 0, &(struct timespec){ 0, 1000000000 }, NULL) == EINVAL,
	      "clock_nanosleep of 10^9 ns: EINVAL");
	pid = fork();
	if (pid == 0) {
		usleep(100000);
		kill(parent, SIGUSR1);
		_exit(0);
	}
	rem.tv_sec = 0;
	r = clock_nanosleep(CLOCK_MONOTONIC, 0, &(struct timespec){ 3, 0 }, &rem);
	check(r == EINTR && rem.tv_sec == 2, "clock_nanosleep cut short returns EINTR and the time left");
	reap(pid, NULL);
	signal(SIGUSR1, SIG_DFL);
}

/* Booted bare, we are the first program, which only our parent (none)
 * may signal: run the checks in a child, which its children may. */
static void not_first(void)
{
	if (getppid() != 0)
		return;
	pid_t pid = fork();
	if (pid == 0)
		return;
	int st = 0;
	reap(pid, &st);
	exit(WIFEXITED(st) ? WEXITSTATUS(st) : 100 + WTERMSIG(st));
}

int main(int argc, char **argv)
{
	if (argc > 1 && strcmp(argv[1], "alarm-exec") == 0)
		return alarm_exec_image();
	not_first();
	real_timer();
	cpu_timers();
	alarms();
	alarm_across_exec(argv[0]);
	sleeps();
	printf("done: %d failures\n", failures);
	return failures;
}
