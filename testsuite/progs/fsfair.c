/* fsfair.c - the file server against a hostile process tree, run from the
 * root image by x86_64-exov6-run.  Each mode prints "ok TEXT" / "FAIL
 * TEXT" lines, then "done: N failures".
 *   fsfair fork      FS_REQ_FORK over raw IPC: only the child's parent may
 *                    seed it (EPERM), the real parent still can after a
 *                    refused claim; dead envs, bad ids, bad handle counts
 *   fsfair many N    N live children (more than the old 126-client table)
 *                    each open a file at once
 *   fsfair hog       a tree that opens until it fails gets ENFILE within
 *                    its share while others still open; after SIGKILL its
 *                    descriptions come back; an orphan stays in its share */
#include <errno.h>
#include <exov6/fs_client.h>
#include <exov6/fs_protocol.h>
#include <exov6/ipc.h>
#include <exov6/layout.h>
#include <exov6/syscall.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#define FILE_PATH "/tmp/fsfair-f"
#define TABLE 2048              /* the server's open file descriptions */
#define SERVER_HANDLES 256      /* the server's handles per client */

static int failures;

static void check(int ok, const char *what)
{
	printf("%s %s\n", ok ? "ok" : "FAIL", what);
	fflush(stdout);
	failures += !ok;
}

/* One request over raw IPC (our buffer must be attached: any file call
 * in this env does it); the result or -errno. */
static long fs_raw(unsigned op, long handle, unsigned long w1, unsigned long w2)
{
	struct exov6_msg m = exov6_ipc_call(exov6_fs_server(), FS_MSG(op, handle), w1, w2, 0, 0);
	return m.error ? m.error : (long)m.w[0];
}

static long *fs_list(void)
{
	return (long *)ULIBOS_FSBUF;
}

/* A raw handle on FILE_PATH (not an fd: the fd layer does not know it). */
static long raw_open(void)
{
	strcpy((char *)ULIBOS_FSBUF, FILE_PATH);
	return fs_raw(FS_REQ_OPEN, 0, O_RDONLY, 0);
}

/* A stopped child with no memory, never seeded: what FS_REQ_FORK names. */
static exov6_envid_t bare_child(void)
{
	long r = exov6_syscall0(SYS_exofork);
	if (r == 0)
		_exit(0);       /* never made runnable */
	return (exov6_envid_t)r;
}

static void bare_child_end(exov6_envid_t id)
{
	exov6_syscall1(SYS_env_destroy, (unsigned long)id);
	exov6_syscall2(SYS_env_wait, (unsigned long)id, 0);
}

static int attach(void)
{
	struct stat st;
	return stat("/", &st) == 0;     /* any file call grants our buffer */
}

/* Child A of the fork test: makes bare child B, lets the test (its parent)
 * try to seed B, then seeds B itself and forks normally. */
static int fork_victim(int to_parent, int from_parent)
{
	int bad = 0;
	char c;
	if (!attach())
		return 100;
	exov6_envid_t b = bare_child();
	if (b <= 0)
		return 101;
	if (write(to_parent, &b, sizeof b) != sizeof b || read(from_parent, &c, 1) != 1)
		return 102;
	long h = raw_open();
	fs_list()[0] = h;
	long r = h >= 0 ? fs_raw(FS_REQ_FORK, 0, (unsigned long)b, 1) : h;
	printf("%s the real parent seeds its child after a refused claim (%ld)\n", r == 0 ? "ok" : "FAIL", r);
	bad += r != 0;
	r = fs_raw(FS_REQ_FORK, 0, (unsigned long)b, 0);
	printf("%s seeding the same child twice is EBUSY (%ld)\n", r == -EBUSY ? "ok" : "FAIL", r);
	bad += r != -EBUSY;
	bare_child_end(b);
	fs_raw(FS_REQ_CLOSE, h, 0, 0);

	/* fork() through the fd layer: the child reads on at a shared offset. */
	int fd = open(FILE_PATH, O_RDONLY);
	char buf[8] = { 0 };
	int ok = fd >= 0 && read(fd, buf, 2) == 2;
	pid_t pid = fork();
	if (pid == 0)
		_exit(read(fd, buf, 3) == 3 && !memcmp(buf, "cde", 3) ? 0 : 1);
	int status = -1;
	if (pid > 0)
		waitpid(pid, &status, 0);
	ok = ok && pid > 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0 &&
	     read(fd, buf, 1) == 1 && buf[0] == 'f';
	printf("%s fork still works: the child reads on from the inherited offset\n", ok ? "ok" : "FAIL");
	bad += !ok;
	fflush(stdout);
	return bad;
}

static void test_fork(void)
{
	char line[160];
	int up[2], down[2];
	check(attach(), "the test's buffer is attached");
	check(pipe(up) == 0 && pipe(down) == 0, "pipes");
	pid_t a = fork();
	if (a == 0) {
		close(up[0]);
		close(down[1]);
		_exit(fork_victim(up[1], down[0]));
	}
	close(up[1]);
	close(down[0]);
	exov6_envid_t b = 0;
	int got = a > 0 && read(up[0], &b, sizeof b) == sizeof b && b > 0;
	check(got, "the child made a bare child of its own");
	if (got) {
		long r = fs_raw(FS_REQ_FORK, 0, (unsigned long)b, 0);
		snprintf(line, sizeof line, "FS_REQ_FORK naming a grandchild is EPERM (%ld)", r);
		check(r == -EPERM, line);
		long h = raw_open();
		fs_list()[0] = h;
		r = fs_raw(FS_REQ_FORK, 0, (unsigned long)b, 1);
		snprintf(line, sizeof line, "... with a handle to give, EPERM too (%ld)", r);
		check(r == -EPERM, line);
		fs_raw(FS_REQ_CLOSE, h, 0, 0);
	}
	char go = 1;
	if (write(down[1], &go, 1) != 1)
		check(0, "write to the child");
	int status = -1;
	if (a > 0)
		waitpid(a, &status, 0);
	snprintf(line, sizeof line, "the child's own checks passed (status %#x)", status);
	check(WIFEXITED(status) && WEXITSTATUS(status) == 0, line);

	/* Envs that are not ours, or not there. */
	long self = exov6_syscall0(SYS_getenvid);
	long r = fs_raw(FS_REQ_FORK, 0, (unsigned long)self, 0);
	check(r == -EPERM, "FS_REQ_FORK naming ourselves is EPERM");
	r = fs_raw(FS_REQ_FORK, 0, (unsigned long)getppid(), 0);
	check(r == -EPERM, "FS_REQ_FORK naming our parent is EPERM");
	r = fs_raw(FS_REQ_FORK, 0, (unsigned long)exov6_fs_server(), 0);
	check(r == -EPERM, "FS_REQ_FORK naming the server is EPERM");
	r = fs_raw(FS_REQ_FORK, 0, 0, 0);
	check(r == -ESRCH, "FS_REQ_FORK naming env 0 is ESRCH");
	r = fs_raw(FS_REQ_FORK, 0, (unsigned long)-1l, 0);
	check(r == -ESRCH, "FS_REQ_FORK naming env -1 is ESRCH");

	/* A dead child: reaped, then a zombie. */
	pid_t d = fork();
	if (d == 0)
		_exit(0);
	waitpid(d, 0, 0);
	r = fs_raw(FS_REQ_FORK, 0, (unsigned long)d, 0);
	snprintf(line, sizeof line, "FS_REQ_FORK naming a reaped child is ESRCH (%ld)", r);
	check(r == -ESRCH, line);
	d = fork();
	if (d == 0)
		_exit(0);
	for (int i = 0; i < 1000 && exov6_syscall1(SYS_env_parent, (unsigned long)d) >= 0; i++)
		usleep(1000);
	r = fs_raw(FS_REQ_FORK, 0, (unsigned long)d, 0);
	snprintf(line, sizeof line, "FS_REQ_FORK naming an ended, unreaped child is ESRCH (%ld)", r);
	check(r == -ESRCH, line);
	waitpid(d, 0, 0);

	/* Our own new child, with bad counts and handles first. */
	exov6_envid_t k = bare_child();
	check(k > 0, "a bare child of ours");
	r = fs_raw(FS_REQ_FORK, 0, ((unsigned long)1 << 32) | (unsigned)k, 0);
	snprintf(line, sizeof line, "an id with high bits set is ESRCH, not truncated (%ld)", r);
	check(r == -ESRCH, line);
	r = fs_raw(FS_REQ_FORK, 0, (unsigned long)k, SERVER_HANDLES + 1);
	snprintf(line, sizeof line, "a handle count of %d is EINVAL (%ld)", SERVER_HANDLES + 1, r);
	check(r == -EINVAL, line);
	r = fs_raw(FS_REQ_FORK, 0, (unsigned long)k, (unsigned long)-1l);
	check(r == -EINVAL, "a handle count of -1 is EINVAL");
	r = fs_raw(FS_REQ_FORK, 0, (unsigned long)k, 1ul << 61);
	check(r == -EINVAL, "a handle count of 2^61 is EINVAL");
	fs_list()[0] = 9999;
	r = fs_raw(FS_REQ_FORK, 0, (unsigned long)k, 1);
	check(r == -EBADF, "a listed handle out of range is EBADF");
	fs_list()[0] = -1;
	r = fs_raw(FS_REQ_FORK, 0, (unsigned long)k, 1);
	check(r == -EBADF, "a listed handle -1 is EBADF");
	long h = raw_open();
	fs_list()[0] = h;
	fs_list()[1] = h + 1;   /* not open */
	r = fs_raw(FS_REQ_FORK, 0, (unsigned long)k, 2);
	check(h >= 0 && r == -EBADF, "one bad handle in the list is EBADF");
	fs_list()[0] = h;
	fs_list()[1] = h;
	r = fs_raw(FS_REQ_FORK, 0, (unsigned long)k, 2);
	snprintf(line, sizeof line, "after the refusals our child is still seeded (%ld)", r);
	check(r == 0, line);
	bare_child_end(k);
	fs_raw(FS_REQ_CLOSE, h, 0, 0);
	k = bare_child();
	r = fs_raw(FS_REQ_FORK, 0, (unsigned long)k, SERVER_HANDLES);
	check(r == -EBADF, "a full-size list of unopened handles is EBADF");
	bare_child_end(k);
}

static void test_many(int n)
{
	int rep[2], go[2];
	char line[160];
	check(pipe(rep) == 0 && pipe(go) == 0, "pipes");
	int forked = 0, opened = 0, other = 0;
	pid_t *pids = calloc((size_t)n, sizeof *pids);
	for (int i = 0; i < n; i++) {
		pid_t pid = fork();
		if (pid == 0) {
			close(rep[0]);
			close(go[1]);
			int fd = open(FILE_PATH, O_RDONLY);
			char c = fd >= 0 ? 'y' : (char)errno;
			if (write(rep[1], &c, 1) != 1)
				_exit(2);
			while (read(go[0], &c, 1) > 0)
				;
			_exit(fd >= 0 ? 0 : 1);
		}
		if (pid < 0) {
			printf("fork %d: errno %d\n", i, errno);
			break;
		}
		pids[forked++] = pid;
	}
	close(rep[1]);
	close(go[0]);
	for (int i = 0; i < forked; i++) {
		char c;
		if (read(rep[0], &c, 1) != 1)
			break;
		if (c == 'y')
			opened++;
		else if (other++ == 0)
			printf("a child's open failed: errno %d\n", c);
	}
	snprintf(line, sizeof line, "%d children forked (%d asked)", forked, n);
	check(forked == n, line);
	snprintf(line, sizeof line, "%d live children each hold an open file (%d failed)", opened, other);
	check(opened == n, line);
	int fd = open(FILE_PATH, O_RDONLY);
	check(fd >= 0 && close(fd) == 0, "the parent opens too while they live");
	close(go[1]);           /* they all see end of file and exit */
	int clean = 0;
	for (int i = 0; i < forked; i++) {
		int status = -1;
		if (waitpid(pids[i], &status, 0) == pids[i] && WIFEXITED(status) && WEXITSTATUS(status) == 0)
			clean++;
	}
	snprintf(line, sizeof line, "%d children exit 0", clean);
	check(clean == n, line);
	free(pids);
}

/* What a hog's process reports: its pid, how many files it opened and
 * the errno that stopped it (count -1: the tree's leader). */
struct rec {
	int pid, count, err;
};

static void hog_worker(int rep, pid_t orphan_of)
{
	struct rec r = { getpid(), 0, 0 };
	/* When the leader is to go first: open only once it has. */
	while (orphan_of && exov6_syscall1(SYS_env_parent, 0) == orphan_of)
		usleep(1000);
	while (open(FILE_PATH, O_RDONLY) >= 0)
		r.count++;
	r.err = errno;
	if (write(rep, &r, sizeof r) != sizeof r)
		_exit(1);
	for (;;)
		sleep(100);
}

/* Fork k workers that open until they fail, report them all and wait to
 * be killed; or, if exits, end as soon as they are made (they open only
 * then). */
static void hog_leader(int k, int rep, int exits)
{
	struct rec me = { getpid(), -1, 0 };
	if (write(rep, &me, sizeof me) != sizeof me)
		_exit(1);
	for (int i = 0; i < k; i++) {
		pid_t pid = fork();
		if (pid == 0)
			hog_worker(rep, exits ? me.pid : 0);
		if (pid < 0) {
			struct rec r = { -1, 0, errno };
			if (write(rep, &r, sizeof r) != sizeof r)
				_exit(1);
		}
	}
	if (exits)
		_exit(0);
	for (;;)
		sleep(100);
}

struct hog {
	pid_t pids[64];
	int n;                  /* processes (leader first) */
	int total;              /* files the tree opened */
	int enfile, emfile, other;
};

/* Read k workers' and one leader's reports. */
static void hog_collect(int rep, int k, struct hog *h, const char *name)
{
	memset(h, 0, sizeof *h);
	for (int i = 0; i < k + 1; i++) {
		struct rec r;
		if (read(rep, &r, sizeof r) != sizeof r)
			break;
		if (r.pid > 0 && h->n < 64)
			h->pids[h->n++] = r.pid;
		if (r.count < 0)
			continue;
		if (r.pid <= 0)
			printf("%s: fork failed: errno %d\n", name, r.err);
		h->total += r.count;
		h->enfile += r.err == ENFILE;
		h->emfile += r.err == EMFILE;
		h->other += r.err != ENFILE && r.err != EMFILE;
	}
	printf("%s: %d processes, %d files, %d ENFILE, %d EMFILE, %d other\n", name, h->n,
	       h->total, h->enfile, h->emfile, h->other);
}

/* The reports' pipe, shared by every tree. */
static int rep[2];

static pid_t hog_start(int k, struct hog *h, const char *name, int exits)
{
	pid_t pid = fork();
	if (pid == 0)
		hog_leader(k, rep[1], exits);
	hog_collect(rep[0], k, h, name);
	return pid;
}

static void hog_kill(struct hog *h, pid_t leader)
{
	for (int i = 0; i < h->n; i++)
		kill(h->pids[i], SIGKILL);
	if (leader > 0)
		waitpid(leader, 0, 0);
}

/* How many of FILE_PATH this process opens (at most max); fds in fds. */
static int open_many(int *fds, int max)
{
	int n = 0;
	while (n < max && (fds[n] = open(FILE_PATH, O_RDONLY)) >= 0)
		n++;
	return n;
}

static void test_hog(void)
{
	enum { K = 20 };
	char line[200];
	int fds[16];
	struct hog h1, g, h2, orphan, g2;
	check(pipe(rep) == 0, "pipe");

	/* 20 processes of up to ~123 files each could take the whole table. */
	pid_t l1 = hog_start(K, &h1, "hog", 0);
	snprintf(line, sizeof line, "the hog tree is stopped by ENFILE (%d of %d workers)", h1.enfile, K);
	check(h1.enfile > 0, line);
	check(h1.other == 0 && h1.n == K + 1, "every hog process ran and stopped with EMFILE or ENFILE");
	snprintf(line, sizeof line, "the hog tree got at most 3/4 of the table (%d of %d)", h1.total, TABLE);
	check(h1.total > 0 && h1.total <= TABLE * 3 / 4, line);

	/* Others, outside the hog's tree: a sibling, and the test itself. */
	pid_t o = fork();
	if (o == 0)
		_exit(open_many(fds, 16) == 16 ? 0 : 1);
	int status = -1;
	waitpid(o, &status, 0);
	check(WIFEXITED(status) && WEXITSTATUS(status) == 0,
	      "a process outside the hog's tree opens 16 files");
	int fd = open(FILE_PATH, O_RDONLY);
	check(fd >= 0 && close(fd) == 0, "the hog's parent opens a file");

	/* A second tree fills what is left of our share: then we are out too. */
	pid_t lg = hog_start(8, &g, "filler", 0);
	snprintf(line, sizeof line, "a second tree fills the rest of our share (%d files, ENFILE)", g.total);
	check(g.enfile > 0 && g.other == 0, line);
	fd = open(FILE_PATH, O_RDONLY);
	snprintf(line, sizeof line, "with our share full our own open fails with ENFILE (%d, errno %d)", fd,
		 fd < 0 ? errno : 0);
	check(fd < 0 && errno == ENFILE, line);
	if (fd >= 0)
		close(fd);

	/* Killed, the hog's descriptions come back at once. */
	hog_kill(&h1, l1);
	fd = open(FILE_PATH, O_RDONLY);
	snprintf(line, sizeof line, "after SIGKILL of the hog our open succeeds (errno %d)", fd < 0 ? errno : 0);
	check(fd >= 0, line);
	if (fd >= 0)
		close(fd);
	hog_kill(&g, lg);
	/* Its leader ends first this time: its share stays as it was. */
	pid_t l2 = hog_start(K, &h2, "hog 2", 1);
	snprintf(line, sizeof line, "a new hog whose leader ended gets the same share again (%d, was %d)",
		 h2.total, h1.total);
	check(h2.total == h1.total && h2.enfile > 0, line);
	hog_kill(&h2, l2);

	/* A tree whose root's parent died stays under the dead parent's share:
	 * its parent went, it hangs under us, within what it had. */
	pid_t mid = fork();
	if (mid == 0) {
		if (fork() == 0)
			hog_leader(K, rep[1], 0);
		_exit(0);
	}
	waitpid(mid, 0, 0);
	hog_collect(rep[0], K, &orphan, "orphan");
	snprintf(line, sizeof line, "an orphaned tree stays within its old share (%d < %d)", orphan.total, h1.total);
	check(orphan.enfile > 0 && orphan.total < h1.total, line);
	/* ... and still counts against ours: what a filler gets now and the
	 * orphan holds add up to our share (the first hog and filler). */
	pid_t lg2 = hog_start(8, &g2, "filler 2", 0);
	snprintf(line, sizeof line, "the orphan still counts against our share (%d + %d == %d + %d)",
		 orphan.total, g2.total, h1.total, g.total);
	check(g2.enfile > 0 && orphan.total + g2.total == h1.total + g.total, line);
	hog_kill(&g2, lg2);
	hog_kill(&orphan, 0);

	/* Files whose opener died count while its child holds them, and come
	 * back when the child goes. */
	enum { HELD = 100 };
	pid_t a = fork();
	if (a == 0) {
		static int many[HELD];
		int n = open_many(many, HELD);
		pid_t b = fork();
		if (b == 0) {
			struct rec r = { getpid(), n, 0 };
			if (write(rep[1], &r, sizeof r) != sizeof r)
				_exit(1);
			for (;;)
				sleep(100);
		}
		_exit(b > 0 ? 0 : 1);
	}
	status = -1;
	waitpid(a, &status, 0);
	struct rec heir = { 0, 0, 0 };
	int got = read(rep[0], &heir, sizeof heir) == sizeof heir;
	check(got && heir.count == HELD && WIFEXITED(status) && WEXITSTATUS(status) == 0,
	      "a child holds the 100 files its parent opened, and the parent ends");
	pid_t l3 = hog_start(K, &h2, "hog 3", 0);
	pid_t lg3 = hog_start(8, &g2, "filler 3", 0);
	snprintf(line, sizeof line, "they still count against our share (%d + %d + %d == %d + %d)",
		 h2.total, g2.total, HELD, h1.total, g.total);
	check(h2.total + g2.total + HELD == h1.total + g.total, line);
	kill(heir.pid, SIGKILL);
	struct hog g3;
	pid_t lg4 = hog_start(8, &g3, "filler 4", 0);
	snprintf(line, sizeof line, "with the child killed they come back (%d)", g3.total);
	check(g3.total == HELD && g3.enfile > 0, line);
	hog_kill(&g3, lg4);
	hog_kill(&g2, lg3);
	hog_kill(&h2, l3);

	/* Nothing leaked through all that: the first two trees' shares again. */
	l3 = hog_start(K, &h2, "hog 4", 0);
	lg3 = hog_start(8, &g2, "filler 5", 0);
	snprintf(line, sizeof line, "at the end a hog and a filler get %d and %d again (%d and %d)",
		 h1.total, g.total, h2.total, g2.total);
	check(h2.total == h1.total && g2.total == g.total, line);
	hog_kill(&g2, lg3);
	hog_kill(&h2, l3);
	fd = open(FILE_PATH, O_RDONLY);
	check(fd >= 0 && close(fd) == 0, "after all the kills the test still opens");
}

int main(int argc, char **argv)
{
	const char *mode = argc > 1 ? argv[1] : "";
	int fd = open(FILE_PATH, O_RDWR | O_CREAT | O_TRUNC, 0644);
	if (fd < 0 || write(fd, "abcdefgh", 8) != 8 || close(fd) != 0) {
		printf("FAIL cannot make %s (errno %d)\n", FILE_PATH, errno);
		return 1;
	}
	if (!strcmp(mode, "fork"))
		test_fork();
	else if (!strcmp(mode, "many"))
		test_many(argc > 2 ? atoi(argv[2]) : 300);
	else if (!strcmp(mode, "hog"))
		test_hog();
	else {
		printf("usage: fsfair fork | many N | hog\n");
		return 2;
	}
	unlink(FILE_PATH);
	printf("done: %d failures\n", failures);
	return failures != 0;
}
