/* locktest.c - file locks between processes, run from the root image by
 * x86_64-exov6-run (exov6.fs/locks.exp): fcntl record locks (contention,
 * F_GETLK's report, shared and exclusive, splitting and merging,
 * SEEK_CUR/SEEK_END/negative lengths, POSIX's close rule, no inheritance
 * across fork, F_SETLKW waking on unlock and on the holder's SIGKILL,
 * EDEADLK over two and three processes, EINTR, no stale wait after a
 * signal or a kill), flock locks (shared by fork, LOCK_NB, shared and
 * exclusive, independent of fcntl locks) and bad arguments.  Prints
 * "ok TEXT" / "FAIL TEXT" lines (children too: their failures come back
 * as their exit status), then "done: N failures". */
#include <errno.h>
#include <exov6/syscall.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define PATH "/tmp/locktest-f"

static int failures;
static int fd;                          /* the parent's O_RDWR descriptor */

static void check(int ok, const char *what)
{
	printf("%s %s\n", ok ? "ok" : "FAIL", what);
	fflush(stdout);
	failures += !ok;
}

static void msleep(long ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000 };
	while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
		;
}

/* SIGALRM in ms milliseconds (the SDK has no alarm(): the kernel's timer). */
static void alarm_ms(unsigned long ms)
{
	struct exov6_itimer t = { ms * 1000000ul, 0 };
	exov6_sys_env_itimer(EXOV6_ITIMER_REAL, &t, 0);
}

/* fcntl lock call: 0 or errno. */
static int lk(int f, int cmd, int type, int whence, long start, long len)
{
	struct flock l = { .l_type = (short)type, .l_whence = (short)whence, .l_start = start, .l_len = len };
	return fcntl(f, cmd, &l) == 0 ? 0 : errno;
}

/* F_GETLK over [start, start+len): the answer in *l (l_type F_UNLCK: free). */
static int getlk(int f, int type, long start, long len, struct flock *l)
{
	*l = (struct flock){ .l_type = (short)type, .l_whence = SEEK_SET, .l_start = start, .l_len = len };
	return fcntl(f, F_GETLK, l) == 0 ? 0 : errno;
}

static int reports(int f, long start, long len, int type, long at, long n, pid_t pid)
{
	struct flock l;
	return getlk(f, F_WRLCK, start, len, &l) == 0 && l.l_type == type &&
	       (type == F_UNLCK || (l.l_start == at && l.l_len == n && l.l_pid == pid));
}

static int is_free(int f, long start, long len)
{
	struct flock l;
	return getlk(f, F_WRLCK, start, len, &l) == 0 && l.l_type == F_UNLCK;
}

/* Run fn in a child; add its failures (its exit status) to ours. */
static pid_t start_child(void (*fn)(void))
{
	fflush(stdout);
	pid_t p = fork();
	if (p == 0) {
		failures = 0;
		fn();
		fflush(stdout);
		_exit(failures > 100 ? 100 : failures);
	}
	if (p < 0)
		check(0, "fork");
	return p;
}

static void finish(pid_t p, const char *what)
{
	int st;
	pid_t r;
	while ((r = waitpid(p, &st, 0)) < 0 && errno == EINTR)
		;
	if (r != p || !WIFEXITED(st)) {
		printf("# %s: waitpid %d, status %#x\n", what, (int)r, r == p ? st : 0);
		check(0, what);
		return;
	}
	failures += WEXITSTATUS(st);
	check(WEXITSTATUS(st) == 0, what);
}

static void run(void (*fn)(void), const char *what)
{
	finish(start_child(fn), what);
}

static int other_fd(int flags)
{
	return open(PATH, flags);
}

static pid_t parent_pid;
static int sync_pipe[2];                /* child -> parent */
static int go_pipe[2];                  /* parent -> child */

static void tell(int p[2], char c)
{
	(void)!write(p[1], &c, 1);
}

static char hear(int p[2])
{
	char c = 0;
	while (read(p[0], &c, 1) < 0 && errno == EINTR)
		;
	return c;
}

/* Is a byte waiting in p within ms? */
static int heard_within(int p[2], int ms)
{
	struct pollfd q = { p[0], POLLIN, 0 };
	int r;
	while ((r = poll(&q, 1, ms)) < 0 && errno == EINTR)
		;                       /* SIGCHLD of a child that just ended */
	return r == 1;
}

/* ---- contention and F_GETLK ---- */

static void c_contend(void)
{
	check(lk(fd, F_SETLK, F_WRLCK, SEEK_SET, 15, 5) == EAGAIN, "F_SETLK on a held range: EAGAIN");
	check(lk(fd, F_SETLK, F_RDLCK, SEEK_SET, 19, 1) == EAGAIN, "read lock under a write lock: EAGAIN");
	check(reports(fd, 0, 0, F_WRLCK, 10, 10, parent_pid), "F_GETLK reports the holder's range and pid");
	check(is_free(fd, 20, 10), "F_GETLK just after the range: F_UNLCK");
	check(lk(fd, F_SETLK, F_WRLCK, SEEK_SET, 20, 10) == 0, "a range beside the held one locks");
	check(lk(fd, F_SETLK, F_WRLCK, SEEK_SET, 15, 5) == EAGAIN, "fork does not inherit fcntl locks");
}

static void c_shared(void)
{
	check(lk(fd, F_SETLK, F_RDLCK, SEEK_SET, 0, 0) == 0, "read locks are shared");
	check(lk(fd, F_SETLK, F_WRLCK, SEEK_SET, 50, 1) == EAGAIN, "a write lock under read locks: EAGAIN");
	struct flock l;
	check(getlk(fd, F_RDLCK, 0, 0, &l) == 0 && l.l_type == F_UNLCK, "F_GETLK F_RDLCK under read locks: free");
}

static void c_exclusive(void)
{
	check(lk(fd, F_SETLK, F_RDLCK, SEEK_SET, 0, 1) == EAGAIN, "a write lock excludes readers");
	check(reports(fd, 5, 1, F_WRLCK, 0, 0, parent_pid), "F_GETLK of a to-EOF lock: l_len 0");
}

/* ---- ranges ---- */

static void c_split(void)
{
	check(reports(fd, 0, 40, F_WRLCK, 0, 40, parent_pid), "unlocking the middle leaves the head");
	check(is_free(fd, 40, 20), "... frees the middle");
	check(reports(fd, 60, 0, F_WRLCK, 60, 40, parent_pid), "... and leaves the tail");
}

static void c_merged(void)
{
	check(reports(fd, 50, 1, F_WRLCK, 0, 100, parent_pid), "relocking the middle merges the three");
}

static void c_whence(void)
{
	check(reports(fd, 0, 60, F_WRLCK, 40, 5, parent_pid), "SEEK_CUR counts from the offset");
	check(reports(fd, 60, 100, F_WRLCK, 90, 0, parent_pid), "SEEK_END counts from the size");
	check(reports(fd, 1000, 1, F_WRLCK, 90, 0, parent_pid), "l_len 0 reaches beyond the end");
	check(reports(fd, 50, 40, F_RDLCK, 50, 10, parent_pid), "a negative l_len locks before l_start");
}

static void c_free(void)
{
	check(is_free(fd, 0, 0), "the file is free");
}

/* ---- waking ---- */

static void c_wait(void)
{
	tell(sync_pipe, 'r');
	check(lk(fd, F_SETLKW, F_WRLCK, SEEK_SET, 0, 10) == 0, "F_SETLKW gets the lock after the unlock");
	tell(sync_pipe, 'g');
}

static void c_hold_forever(void)
{
	check(lk(fd, F_SETLK, F_WRLCK, SEEK_SET, 0, 10) == 0, "the holder locks");
	tell(sync_pipe, 'h');
	for (;;)
		msleep(1000);
}

static void c_wait_killed_holder(void)
{
	alarm_ms(30000);                      /* never hang the run */
	check(lk(fd, F_SETLKW, F_WRLCK, SEEK_SET, 0, 10) == 0, "F_SETLKW gets the lock of a SIGKILLed holder");
}

/* ---- deadlocks ---- */

static void c_deadlock(void)
{
	check(lk(fd, F_SETLK, F_WRLCK, SEEK_SET, 20, 10) == 0, "the second process locks its range");
	tell(sync_pipe, 'c');
	check(lk(fd, F_SETLKW, F_WRLCK, SEEK_SET, 0, 10) == 0, "the waiter gets the lock once the cycle breaks");
}

static void c_chain_b(void)             /* holds 20, waits for the parent's 0 */
{
	check(lk(fd, F_SETLK, F_WRLCK, SEEK_SET, 20, 10) == 0, "B locks");
	tell(sync_pipe, 'b');
	check(lk(fd, F_SETLKW, F_WRLCK, SEEK_SET, 0, 10) == 0, "B gets the lock at the end");
}

static void c_chain_c(void)             /* holds 40, waits for B's 20 */
{
	check(lk(fd, F_SETLK, F_WRLCK, SEEK_SET, 40, 10) == 0, "C locks");
	tell(sync_pipe, 'c');
	check(lk(fd, F_SETLKW, F_WRLCK, SEEK_SET, 20, 10) == 0, "C gets the lock at the end");
}

/* ---- EINTR ---- */

static volatile sig_atomic_t alarms;

static void on_alarm(int sig)
{
	(void)sig;
	alarms++;
}

/* SIGUSR1 runs a handler (no SA_RESTART). */
static void catch_alarm(void)
{
	struct sigaction sa;
	alarms = 0;                     /* a fork child starts with its parent's count */
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_alarm;
	sigaction(SIGUSR1, &sa, 0);
}

/* A helper that sends us SIGUSR1 after a second. */
static void c_poke_parent(void)
{
	msleep(1000);
	kill(parent_pid, SIGUSR1);
}

static void c_eintr(void)
{
	check(lk(fd, F_SETLK, F_WRLCK, SEEK_SET, 20, 10) == 0, "the interrupted process holds a range");
	catch_alarm();
	tell(sync_pipe, 'i');           /* the parent signals us in a while */
	check(lk(fd, F_SETLKW, F_WRLCK, SEEK_SET, 0, 10) == EINTR && alarms == 1,
	      "a signal with a handler cuts F_SETLKW short: EINTR");
	check(lk(fd, F_SETLK, F_WRLCK, SEEK_SET, 0, 10) == EAGAIN, "... and the lock was not taken");
	tell(sync_pipe, 'j');
	hear(go_pipe);                  /* the parent tried our range meanwhile */
}

static void c_killed_waiter(void)
{
	check(lk(fd, F_SETLK, F_WRLCK, SEEK_SET, 20, 10) == 0, "the doomed waiter holds a range");
	tell(sync_pipe, 'w');
	lk(fd, F_SETLKW, F_WRLCK, SEEK_SET, 0, 10);
	check(0, "the killed waiter never gets the lock");
}

/* ---- flock ---- */

static void c_flock_fork(void)
{
	check(flock(fd, LOCK_EX | LOCK_NB) == 0, "flock locks are shared with the forked descriptor");
	int f = other_fd(O_RDWR);
	check(flock(f, LOCK_EX | LOCK_NB) < 0 && errno == EWOULDBLOCK, "flock LOCK_EX|LOCK_NB on another description: EWOULDBLOCK");
	check(flock(f, LOCK_SH | LOCK_NB) < 0 && errno == EWOULDBLOCK, "flock LOCK_SH|LOCK_NB under LOCK_EX: EWOULDBLOCK");
	check(lk(f, F_SETLK, F_WRLCK, SEEK_SET, 0, 0) == 0, "fcntl locks ignore flock locks");
	close(f);
}

static void c_flock_vs_fcntl(void)
{
	int f = other_fd(O_RDWR);
	check(flock(f, LOCK_EX | LOCK_NB) == 0, "flock ignores fcntl locks");
	close(f);
}

static void c_flock_shared(void)
{
	int f = other_fd(O_RDONLY), g = other_fd(O_RDONLY);
	check(flock(f, LOCK_SH | LOCK_NB) == 0 && flock(g, LOCK_SH | LOCK_NB) == 0, "flock LOCK_SH is shared");
	check(flock(g, LOCK_EX | LOCK_NB) < 0 && errno == EWOULDBLOCK, "converting to LOCK_EX beside a LOCK_SH: EWOULDBLOCK");
	check(flock(f, LOCK_UN) == 0 && flock(g, LOCK_EX | LOCK_NB) == 0, "after LOCK_UN the conversion succeeds");
	close(f);
	close(g);
}

static int dupd = -1;                   /* the parent's dup of a flock holder */

static void c_flock_block(void)
{
	close(dupd);                    /* our copy of the holder's description */
	int f = other_fd(O_RDONLY);
	tell(sync_pipe, 'x');
	check(flock(f, LOCK_SH) == 0, "a blocking flock gets the lock after the holder's last close");
	tell(sync_pipe, 'y');
	close(f);
}

static void c_flock_eintr(void)
{
	int f = other_fd(O_RDONLY);
	catch_alarm();
	tell(sync_pipe, 'e');
	int r = flock(f, LOCK_SH);
	int e = errno;
	printf("# flock %d errno %d alarms %d\n", r, e, (int)alarms);
	check(r < 0 && e == EINTR && alarms == 1, "a signal cuts a blocking flock short: EINTR");
	close(f);
}

int main(void)
{
	parent_pid = getpid();
	if (pipe(sync_pipe) || pipe(go_pipe)) {
		printf("FAIL pipe\ndone: 1 failures\n");
		return 1;
	}
	fd = open(PATH, O_RDWR | O_CREAT | O_TRUNC, 0644);
	char data[100];
	memset(data, 'x', sizeof data);
	check(fd >= 0 && write(fd, data, sizeof data) == (long)sizeof data, "the file is made");

	/* contention */
	check(lk(fd, F_SETLK, F_WRLCK, SEEK_SET, 10, 10) == 0, "the parent locks [10,20)");
	check(lk(fd, F_SETLK, F_WRLCK, SEEK_SET, 10, 10) == 0, "relocking one's own range succeeds");
	check(is_free(fd, 0, 0), "F_GETLK ignores the caller's own locks");
	run(c_contend, "the contending child");
	check(lk(fd, F_SETLK, F_UNLCK, SEEK_SET, 0, 0) == 0 && lk(fd, F_SETLK, F_RDLCK, SEEK_SET, 0, 0) == 0,
	      "the parent takes a read lock on all");
	run(c_shared, "the sharing child");
	check(lk(fd, F_SETLK, F_WRLCK, SEEK_SET, 0, 0) == 0, "a read lock converts to a write lock");
	run(c_exclusive, "the excluded child");

	/* ranges */
	check(lk(fd, F_SETLK, F_UNLCK, SEEK_SET, 0, 0) == 0 && lk(fd, F_SETLK, F_WRLCK, SEEK_SET, 0, 100) == 0 &&
	      lk(fd, F_SETLK, F_UNLCK, SEEK_SET, 40, 20) == 0, "lock [0,100), unlock [40,60)");
	run(c_split, "the splitting child");
	check(lk(fd, F_SETLK, F_WRLCK, SEEK_SET, 40, 20) == 0, "relock [40,60)");
	run(c_merged, "the merging child");
	lk(fd, F_SETLK, F_UNLCK, SEEK_SET, 0, 0);
	lseek(fd, 50, SEEK_SET);
	check(lk(fd, F_SETLK, F_WRLCK, SEEK_CUR, -10, 5) == 0 && lk(fd, F_SETLK, F_WRLCK, SEEK_END, -10, 0) == 0 &&
	      lk(fd, F_SETLK, F_RDLCK, SEEK_SET, 60, -10) == 0, "SEEK_CUR, SEEK_END and negative l_len locks");
	run(c_whence, "the whence child");
	lk(fd, F_SETLK, F_UNLCK, SEEK_SET, 0, 0);
	run(c_free, "after F_UNLCK of all");

	/* POSIX's close rule */
	check(lk(fd, F_SETLK, F_WRLCK, SEEK_SET, 0, 10) == 0, "lock before closing another descriptor");
	int other = other_fd(O_RDONLY);
	close(other);
	run(c_free, "closing another descriptor of the file drops the process's locks");

	/* F_SETLKW wakes on unlock */
	check(lk(fd, F_SETLK, F_WRLCK, SEEK_SET, 0, 10) == 0, "the parent holds [0,10)");
	pid_t w = start_child(c_wait);
	hear(sync_pipe);
	check(!heard_within(sync_pipe, 300), "the F_SETLKW waiter blocks");
	lk(fd, F_SETLK, F_UNLCK, SEEK_SET, 0, 10);
	check(heard_within(sync_pipe, 5000) && hear(sync_pipe) == 'g', "the waiter wakes after the unlock");
	finish(w, "the waiting child");

	/* F_SETLKW wakes when the holder is killed */
	pid_t h = start_child(c_hold_forever);
	hear(sync_pipe);
	w = start_child(c_wait_killed_holder);
	msleep(300);
	kill(h, SIGKILL);
	waitpid(h, 0, 0);
	finish(w, "the waiter of a killed holder");

	/* EDEADLK between two */
	check(lk(fd, F_SETLK, F_WRLCK, SEEK_SET, 0, 10) == 0, "the parent holds [0,10) again");
	w = start_child(c_deadlock);
	hear(sync_pipe);
	msleep(300);                    /* the child is waiting for us */
	check(lk(fd, F_SETLKW, F_WRLCK, SEEK_SET, 20, 10) == EDEADLK, "F_SETLKW closing a two-process cycle: EDEADLK");
	lk(fd, F_SETLK, F_UNLCK, SEEK_SET, 0, 0);
	finish(w, "the deadlocked child");

	/* EDEADLK over three: parent -> C -> B -> parent */
	check(lk(fd, F_SETLK, F_WRLCK, SEEK_SET, 0, 10) == 0, "A (the parent) holds [0,10)");
	pid_t b = start_child(c_chain_b);
	hear(sync_pipe);
	pid_t c = start_child(c_chain_c);
	hear(sync_pipe);
	msleep(300);
	check(lk(fd, F_SETLKW, F_WRLCK, SEEK_SET, 40, 10) == EDEADLK, "F_SETLKW closing a three-process cycle: EDEADLK");
	lk(fd, F_SETLK, F_UNLCK, SEEK_SET, 0, 0);
	finish(b, "B of the three");
	finish(c, "C of the three");

	/* EINTR, and no stale wait afterwards */
	check(lk(fd, F_SETLK, F_WRLCK, SEEK_SET, 0, 10) == 0, "the parent holds [0,10) for EINTR");
	w = start_child(c_eintr);
	hear(sync_pipe);
	msleep(300);
	kill(w, SIGUSR1);
	check(hear(sync_pipe) == 'j', "the interrupted child goes on");
	catch_alarm();
	pid_t poke = start_child(c_poke_parent);
	check(lk(fd, F_SETLKW, F_WRLCK, SEEK_SET, 20, 10) == EINTR && alarms == 1,
	      "after an interrupted wait there is no deadlock: the parent just waits (EINTR by a signal)");
	finish(poke, "the poking child");
	tell(go_pipe, 'q');
	finish(w, "the interrupted child");

	/* a killed waiter leaves nothing behind */
	w = start_child(c_killed_waiter);
	hear(sync_pipe);
	msleep(300);
	kill(w, SIGKILL);
	waitpid(w, 0, 0);
	check(lk(fd, F_SETLKW, F_WRLCK, SEEK_SET, 20, 10) == 0, "a SIGKILLed waiter leaves no wait and no lock");
	lk(fd, F_SETLK, F_UNLCK, SEEK_SET, 0, 0);

	/* flock */
	check(flock(fd, LOCK_EX) == 0, "flock LOCK_EX");
	run(c_flock_fork, "the flock child");
	check(flock(fd, LOCK_UN) == 0, "flock LOCK_UN");
	check(lk(fd, F_SETLK, F_WRLCK, SEEK_SET, 0, 0) == 0, "a write lock on all");
	run(c_flock_vs_fcntl, "flock beside fcntl");
	lk(fd, F_SETLK, F_UNLCK, SEEK_SET, 0, 0);
	run(c_flock_shared, "the flock-sharing child");
	int ex = other_fd(O_RDONLY);
	check(flock(ex, LOCK_EX | LOCK_NB) == 0, "flock LOCK_EX on a read-only descriptor");
	w = start_child(c_flock_eintr);
	hear(sync_pipe);
	msleep(300);
	kill(w, SIGUSR1);
	finish(w, "the interrupted flock");
	dupd = dup(ex);
	close(ex);
	int f1 = other_fd(O_RDONLY);
	check(flock(f1, LOCK_SH | LOCK_NB) < 0 && errno == EWOULDBLOCK, "a dup keeps the description's flock lock");
	close(f1);
	w = start_child(c_flock_block);
	hear(sync_pipe);
	check(!heard_within(sync_pipe, 300), "the blocking flock waits (a forked copy shares the lock)");
	close(dupd);
	check(heard_within(sync_pipe, 5000) && hear(sync_pipe) == 'y', "the blocked flock wakes after the last close");
	finish(w, "the blocked flock child");
	int f2 = other_fd(O_RDONLY);
	check(flock(f2, LOCK_SH | LOCK_NB) == 0, "the last close of a description dropped its flock lock");
	close(f2);

	/* bad arguments */
	int ro = other_fd(O_RDONLY), wo = other_fd(O_WRONLY);
	check(lk(fd, F_SETLK, 99, SEEK_SET, 0, 1) == EINVAL, "a bad l_type: EINVAL");
	check(lk(fd, F_SETLK, F_WRLCK, 7, 0, 1) == EINVAL, "a bad l_whence: EINVAL");
	check(lk(fd, F_SETLK, F_WRLCK, SEEK_SET, -1, 1) == EINVAL, "a negative start: EINVAL");
	check(lk(fd, F_SETLK, F_WRLCK, SEEK_SET, 5, -10) == EINVAL, "a negative l_len reaching before 0: EINVAL");
	struct flock l = { .l_type = F_UNLCK, .l_whence = SEEK_SET };
	check(fcntl(fd, F_GETLK, &l) < 0 && errno == EINVAL, "F_GETLK of F_UNLCK: EINVAL");
	check(lk(ro, F_SETLK, F_WRLCK, SEEK_SET, 0, 1) == EBADF, "F_WRLCK on a read-only descriptor: EBADF");
	check(lk(wo, F_SETLK, F_RDLCK, SEEK_SET, 0, 1) == EBADF, "F_RDLCK on a write-only descriptor: EBADF");
	check(lk(ro, F_SETLK, F_RDLCK, SEEK_SET, 0, 1) == 0, "F_RDLCK on a read-only descriptor");
	check(lk(wo, F_SETLK, F_WRLCK, SEEK_SET, 0, 1) == 0, "F_WRLCK on a write-only descriptor");
	close(ro);
	close(wo);
	check(lk(99, F_SETLK, F_WRLCK, SEEK_SET, 0, 1) == EBADF, "fcntl lock on a closed descriptor: EBADF");
	check(flock(99, LOCK_EX) < 0 && errno == EBADF, "flock on a closed descriptor: EBADF");
	check(flock(fd, 0) < 0 && errno == EINVAL, "flock with no operation: EINVAL");
	check(flock(fd, LOCK_SH | LOCK_EX) < 0 && errno == EINVAL, "flock LOCK_SH|LOCK_EX: EINVAL");

	close(fd);
	unlink(PATH);
	printf("done: %d failures\n", failures);
	return failures != 0;
}
