/* fstest.c - the file system through the fd layer, run from the root
 * image by x86_64-exov6-run.  Each mode checks one area and prints
 * "ok TEXT" / "FAIL TEXT" lines, then "done: N failures".
 *   fstest calls        every file call and its errors
 *   fstest share        offsets shared after fork and exec, close-on-exec
 *   fstest pipes        pipes: data, EOF, EPIPE/SIGPIPE, O_NONBLOCK, poll/select
 *   fstest write FILE N  write N bytes of a known pattern (for the host to check)
 *   fstest check FILE TEXT  the file holds exactly TEXT (put there by the host)
 *   fstest fill         fill the disk to ENOSPC, free it, fill it again
 *   fstest cycles N     N create/write/unlink cycles; free counts kept */
#include <dirent.h>
#include <exov6/fs_client.h>
#include <exov6/fs_protocol.h>
#include <exov6/ipc.h>
#include <exov6/layout.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>
#include <utime.h>

static int failures;
static char buf[70000], buf2[70000];

static void check(int ok, const char *what)
{
	printf("%s %s\n", ok ? "ok" : "FAIL", what);
	failures += !ok;
}

/* Did the call fail with errno e? */
static int fails(long r, int e)
{
	return r == -1 && errno == e;
}

static char pattern(size_t i)
{
	return (char)('a' + (i * 7 + i / 251) % 26);
}

static int write_all(int fd, const void *p, size_t n)
{
	return write(fd, p, n) == (ssize_t)n;
}

static int file_is(const char *path, const char *text)
{
	int fd = open(path, O_RDONLY);
	if (fd < 0)
		return 0;
	ssize_t n = read(fd, buf2, sizeof buf2);
	close(fd);
	return n == (ssize_t)strlen(text) && memcmp(buf2, text, (size_t)n) == 0;
}

static void test_open_read_write(void)
{
	int fd = open("/tmp/a", O_RDWR | O_CREAT | O_TRUNC, 0644);
	check(fd >= 3, "open O_CREAT gives the lowest free fd");
	check(write_all(fd, "hello world", 11), "write 11 bytes");
	check(lseek(fd, 0, SEEK_SET) == 0, "SEEK_SET to 0");
	char b[32] = { 0 };
	check(read(fd, b, 5) == 5 && !memcmp(b, "hello", 5), "read back the start");
	check(lseek(fd, 1, SEEK_CUR) == 6, "SEEK_CUR relative");
	check(read(fd, b, 32) == 5 && !memcmp(b, "world", 5), "read to EOF is short");
	check(read(fd, b, 32) == 0, "read at EOF returns 0");
	check(lseek(fd, -5, SEEK_END) == 6, "SEEK_END from the end");
	check(fails(lseek(fd, -100, SEEK_CUR), EINVAL), "seek before the start is EINVAL");
	check(fails(lseek(fd, 0, 7), EINVAL), "a bad whence is EINVAL");
	check(lseek(fd, 100000, SEEK_SET) == 100000 && write_all(fd, "X", 1), "write past EOF");
	struct stat st;
	check(fstat(fd, &st) == 0 && st.st_size == 100001 && S_ISREG(st.st_mode) &&
	      (st.st_mode & 0777) == 0644, "fstat: size, type and mode");
	check(st.st_blocks * 512 < 100001, "the gap is a hole (fewer blocks than bytes)");
	check(pread(fd, b, 4, 50000) == 4 && !memcmp(b, "\0\0\0\0", 4), "a hole reads as zeros");
	check(pwrite(fd, "PW", 2, 3) == 2 && pread(fd, b, 5, 0) == 5 && !memcmp(b, "helPW", 5),
	      "pwrite and pread at an offset");
	check(lseek(fd, 0, SEEK_CUR) == 100001, "pread/pwrite leave the offset");
	check(ftruncate(fd, 4) == 0 && fstat(fd, &st) == 0 && st.st_size == 4, "ftruncate shrinks");
	check(ftruncate(fd, 9000) == 0 && pread(fd, b, 8, 4) == 8 && !memcmp(b, "\0\0\0\0\0\0\0\0", 8),
	      "ftruncate grows with zeros");
	check(fsync(fd) == 0, "fsync");
	check(close(fd) == 0, "close");
	check(fails(close(fd), EBADF), "close twice is EBADF");
	check(fails(read(fd, b, 1), EBADF) && fails(write(fd, b, 1), EBADF), "read/write a closed fd: EBADF");
	check(fails(read(-1, b, 1), EBADF) && fails(read(100000, b, 1), EBADF), "bad fd numbers: EBADF");
	fd = open("/tmp/a", O_RDWR);
	check(fails(read(fd, (void *)16, 4), EFAULT) && fails(write(fd, (void *)16, 4), EFAULT),
	      "read/write with an unmapped buffer: EFAULT");
	check(fails(read(fd, (void *)0x60000000, 4), EFAULT), "read into a read-only page: EFAULT");
	check(fails(write(fd, b, (size_t)-1 / 2), EFAULT), "a buffer running off the address space: EFAULT");
	close(fd);

	/* Big transfers cross the 64 KiB buffer. */
	for (size_t i = 0; i < sizeof buf; i++)
		buf[i] = pattern(i);
	fd = open("/tmp/big", O_RDWR | O_CREAT | O_TRUNC, 0600);
	check(write_all(fd, buf, sizeof buf), "write 70000 bytes at once");
	check(lseek(fd, 0, SEEK_SET) == 0 && read(fd, buf2, sizeof buf2) == (ssize_t)sizeof buf2 &&
	      !memcmp(buf, buf2, sizeof buf), "read 70000 bytes back at once");
	close(fd);

	fd = open("/tmp/a", O_WRONLY | O_APPEND);
	check(write_all(fd, "END", 3) && lseek(fd, 0, SEEK_CUR) == 9003, "O_APPEND writes at the end");
	check(fails(read(fd, b, 1), EBADF), "read on O_WRONLY is EBADF");
	close(fd);
	fd = open("/tmp/a", O_RDONLY);
	check(fails(write(fd, "x", 1), EBADF), "write on O_RDONLY is EBADF");
	check(fails(ftruncate(fd, 0), EBADF) || fails(ftruncate(fd, 0), EINVAL), "ftruncate on O_RDONLY fails");
	close(fd);
	fd = open("/tmp/a", O_RDWR | O_TRUNC);
	check(fd >= 0 && fstat(fd, &st) == 0 && st.st_size == 0, "O_TRUNC empties");
	close(fd);
	check(fails(open("/tmp/a", O_RDWR | O_CREAT | O_EXCL, 0600), EEXIST), "O_EXCL on an existing file: EEXIST");
	check(fails(open("/tmp/nosuch", O_RDONLY), ENOENT), "missing file: ENOENT");
	check(fails(open("/tmp/a/x", O_RDONLY), ENOTDIR), "a file as a directory: ENOTDIR");
	check(fails(open("/tmp", O_WRONLY), EISDIR), "a directory for writing: EISDIR");
	check(fails(open("/tmp/a", O_RDONLY | O_DIRECTORY), ENOTDIR), "O_DIRECTORY on a file: ENOTDIR");
	check(fails(open("", O_RDONLY), ENOENT), "empty path: ENOENT");
	memset(b, 'n', sizeof b);
	char longname[300];
	memset(longname, 'n', sizeof longname);
	memcpy(longname, "/tmp/", 5);
	longname[299] = 0;
	check(fails(open(longname, O_RDONLY | O_CREAT, 0600), ENAMETOOLONG), "a 294-byte name: ENAMETOOLONG");
	static char huge[PATH_MAX + 10];
	memset(huge, 'a', sizeof huge - 1);
	check(fails(open(huge, O_RDONLY), ENAMETOOLONG), "a path over PATH_MAX: ENAMETOOLONG");
	int many[200], opened = 0;
	for (; opened < 200; opened++)
		if ((many[opened] = open("/tmp/a", O_RDONLY)) < 0)
			break;
	check(opened < 200 && errno == EMFILE, "running out of descriptors: EMFILE");
	while (opened--)
		close(many[opened]);
}

static void test_paths(void)
{
	struct stat st;
	check(mkdir("/tmp/d", 0755) == 0 && stat("/tmp/d", &st) == 0 && S_ISDIR(st.st_mode),
	      "mkdir makes a directory");
	check(fails(mkdir("/tmp/d", 0755), EEXIST), "mkdir of an existing name: EEXIST");
	check(fails(mkdir("/tmp/nosuch/d", 0755), ENOENT), "mkdir under a missing directory: ENOENT");
	int fd = open("/tmp/d/f", O_WRONLY | O_CREAT, 0600);
	write_all(fd, "data", 4);
	close(fd);
	check(fails(rmdir("/tmp/d"), ENOTEMPTY), "rmdir of a non-empty directory: ENOTEMPTY");
	check(fails(rmdir("/tmp/d/f"), ENOTDIR), "rmdir of a file: ENOTDIR");
	check(fails(unlink("/tmp/d"), EISDIR), "unlink of a directory: EISDIR");
	check(link("/tmp/d/f", "/tmp/d/g") == 0 && stat("/tmp/d/g", &st) == 0 && st.st_nlink == 2,
	      "link: two names, link count 2");
	check(fails(link("/tmp/d/f", "/tmp/d/g"), EEXIST), "link to an existing name: EEXIST");
	check(fails(link("/tmp/d", "/tmp/dl"), EPERM), "link of a directory: EPERM");
	check(unlink("/tmp/d/g") == 0 && stat("/tmp/d/f", &st) == 0 && st.st_nlink == 1, "unlink one name");
	check(symlink("/tmp/d/f", "/tmp/s") == 0, "symlink");
	char b[64] = { 0 };
	check(readlink("/tmp/s", b, sizeof b) == 8 && !memcmp(b, "/tmp/d/f", 8), "readlink");
	check(lstat("/tmp/s", &st) == 0 && S_ISLNK(st.st_mode), "lstat sees the link");
	check(stat("/tmp/s", &st) == 0 && S_ISREG(st.st_mode) && st.st_size == 4, "stat follows it");
	check(file_is("/tmp/s", "data"), "open follows a symlink");
	check(fails(open("/tmp/s", O_RDONLY | O_NOFOLLOW), ELOOP), "O_NOFOLLOW on a symlink: ELOOP");
	check(fails(readlink("/tmp/d/f", b, sizeof b), EINVAL), "readlink of a file: EINVAL");
	symlink("/tmp/loop2", "/tmp/loop1");
	symlink("/tmp/loop1", "/tmp/loop2");
	check(fails(open("/tmp/loop1", O_RDONLY), ELOOP), "a symlink loop: ELOOP");
	static char target[300];
	memset(target, 't', 200);
	check(symlink(target, "/tmp/slow") == 0 && readlink("/tmp/slow", buf2, 300) == 200 &&
	      !memcmp(buf2, target, 200), "a 200-byte (slow) symlink");
	check(rename("/tmp/d/f", "/tmp/d/h") == 0 && fails(stat("/tmp/d/f", &st), ENOENT) &&
	      file_is("/tmp/d/h", "data"), "rename moves a name");
	fd = open("/tmp/d/r", O_WRONLY | O_CREAT, 0600);
	write_all(fd, "replaced", 8);
	close(fd);
	check(rename("/tmp/d/h", "/tmp/d/r") == 0 && file_is("/tmp/d/r", "data"), "rename replaces atomically");
	mkdir("/tmp/d/sub", 0755);
	check(fails(rename("/tmp/d", "/tmp/d/sub/x"), EINVAL), "rename into its own subtree: EINVAL");
	check(fails(rename("/tmp/d/r", "/tmp/d/sub"), EISDIR), "rename a file over a directory: EISDIR");
	check(fails(rename("/tmp/d/sub", "/tmp/d/r"), ENOTDIR), "rename a directory over a file: ENOTDIR");
	check(fails(rename("/tmp/nosuch", "/tmp/x"), ENOENT), "rename of a missing name: ENOENT");
	check(rename("/tmp/d/sub", "/tmp/moved") == 0 && stat("/tmp/moved", &st) == 0 && S_ISDIR(st.st_mode),
	      "rename moves a directory");
	check(chmod("/tmp/d/r", 0751) == 0 && stat("/tmp/d/r", &st) == 0 && (st.st_mode & 07777) == 0751,
	      "chmod");
	fd = open("/tmp/d/r", O_RDONLY);
	check(fchmod(fd, 0640) == 0 && fstat(fd, &st) == 0 && (st.st_mode & 07777) == 0640, "fchmod");
	close(fd);
	struct timeval tv[2] = { { 1000000000, 0 }, { 1234567890, 0 } };
	check(utimes("/tmp/d/r", tv) == 0 && stat("/tmp/d/r", &st) == 0 && st.st_atime == 1000000000 &&
	      st.st_mtime == 1234567890, "utimes sets both times");
	struct utimbuf ut = { 5, 6 };
	check(utime("/tmp/d/r", &ut) == 0 && stat("/tmp/d/r", &st) == 0 && st.st_mtime == 6, "utime");
	check(truncate("/tmp/d/r", 2) == 0 && file_is("/tmp/d/r", "da"), "truncate");
	check(fails(truncate("/tmp/d", 0), EISDIR), "truncate of a directory: EISDIR");
	chmod("/tmp/d/r", 0755);
	check(access("/tmp/d/r", F_OK) == 0 && access("/tmp/d/r", R_OK | X_OK) == 0, "access F_OK, R_OK and X_OK");
	check(fails(access("/tmp/nosuch", F_OK), ENOENT), "access of a missing file: ENOENT");
	chmod("/tmp/d/r", 0644);
	check(fails(access("/tmp/d/r", X_OK), EACCES), "access X_OK without x bits: EACCES");
	mode_t old = umask(077);
	fd = open("/tmp/um", O_WRONLY | O_CREAT, 0666);
	check(fstat(fd, &st) == 0 && (st.st_mode & 0777) == 0600 && old == 022, "umask masks the mode");
	close(fd);
	umask(old);

	/* Directories. */
	DIR *dir = opendir("/tmp/d");
	int seen_dot = 0, seen_r = 0, n = 0;
	struct dirent *e;
	while (dir && (e = readdir(dir))) {
		n++;
		seen_dot |= !strcmp(e->d_name, ".");
		seen_r |= !strcmp(e->d_name, "r") && e->d_type == DT_REG;
	}
	check(dir && seen_dot && seen_r && n == 3, "readdir lists ., .. and r");
	rewinddir(dir);
	check(dir && readdir(dir) != NULL, "rewinddir starts again");
	check(dir && closedir(dir) == 0, "closedir");
	check(opendir("/tmp/nosuch") == NULL && errno == ENOENT, "opendir of a missing directory: ENOENT");
	check(opendir("/tmp/d/r") == NULL && errno == ENOTDIR, "opendir of a file: ENOTDIR");
	mkdir("/tmp/many", 0755);
	int made = 0;
	for (int i = 0; i < 300; i++) {
		snprintf(b, sizeof b, "/tmp/many/file-with-a-long-name-%04d", i);
		fd = open(b, O_WRONLY | O_CREAT, 0600);
		made += fd >= 0;
		close(fd);
	}
	dir = opendir("/tmp/many");
	n = 0;
	while (dir && readdir(dir))
		n++;
	closedir(dir);
	check(made == 300 && n == 302, "a directory of 300 entries spanning blocks reads whole");
	for (int i = 0; i < 300; i++) {
		snprintf(b, sizeof b, "/tmp/many/file-with-a-long-name-%04d", i);
		unlink(b);
	}
	check(rmdir("/tmp/many") == 0, "emptied, it can be removed");

	/* Working directory. */
	char cwd[PATH_MAX];
	check(getcwd(cwd, sizeof cwd) && !strcmp(cwd, "/work"), "x86_64-exov6-run starts us in /work");
	check(chdir("/tmp/d") == 0 && getcwd(cwd, sizeof cwd) && !strcmp(cwd, "/tmp/d"), "chdir and getcwd");
	check(file_is("r", "da"), "relative paths start at the working directory");
	check(chdir("..") == 0 && getcwd(cwd, sizeof cwd) && !strcmp(cwd, "/tmp"), "chdir ..");
	check(fails(chdir("/tmp/d/r"), ENOTDIR), "chdir to a file: ENOTDIR");
	check(fails(chdir("/nosuch"), ENOENT), "chdir to a missing directory: ENOENT");
	check(getcwd(cwd, 3) == NULL && errno == ERANGE, "getcwd with a short buffer: ERANGE");
	fd = open("/tmp/d", O_RDONLY | O_DIRECTORY);
	check(fchdir(fd) == 0 && getcwd(cwd, sizeof cwd) && !strcmp(cwd, "/tmp/d"), "fchdir");
	close(fd);
	chdir("/work");

	struct statvfs sv;
	check(statvfs("/", &sv) == 0 && sv.f_bsize == 4096 && sv.f_blocks > 0 && sv.f_bfree < sv.f_blocks &&
	      sv.f_namemax == 255, "statvfs");
	check(fails(statvfs("/nosuch", &sv), ENOENT), "statvfs of a missing path: ENOENT");

	/* Unlink while open: the data lives until the last close. */
	fd = open("/tmp/open-unlinked", O_RDWR | O_CREAT, 0600);
	write_all(fd, "still here", 10);
	check(unlink("/tmp/open-unlinked") == 0 && fails(stat("/tmp/open-unlinked", &st), ENOENT),
	      "unlink removes the name at once");
	check(lseek(fd, 0, SEEK_SET) == 0 && read(fd, b, 10) == 10 && !memcmp(b, "still here", 10),
	      "an open fd still reads an unlinked file");
	statvfs("/", &sv);
	unsigned long before = sv.f_ffree;
	close(fd);
	statvfs("/", &sv);
	check(sv.f_ffree == before + 1, "the last close frees the inode");
	sync();
	check(1, "sync");
}

static void test_dup_fcntl(void)
{
	int fd = open("/tmp/dup", O_RDWR | O_CREAT | O_TRUNC, 0600);
	int d = dup(fd);
	check(d > fd, "dup gives a new descriptor");
	write_all(fd, "abc", 3);
	check(lseek(d, 0, SEEK_CUR) == 3, "dup shares the offset");
	check(dup2(fd, 50) == 50 && lseek(50, 0, SEEK_CUR) == 3, "dup2 to a chosen number");
	check(dup2(fd, fd) == fd, "dup2 to itself returns it");
	check(fails(dup2(fd, -1), EBADF) && fails(dup2(99999, 5), EBADF), "dup2 with bad numbers: EBADF");
	check(fcntl(fd, F_GETFD) == 0 && fcntl(fd, F_SETFD, FD_CLOEXEC) == 0 && fcntl(fd, F_GETFD) == FD_CLOEXEC,
	      "F_GETFD/F_SETFD");
	check(fcntl(d, F_GETFD) == 0, "close-on-exec is per descriptor");
	check((fcntl(fd, F_GETFL) & O_ACCMODE) == O_RDWR, "F_GETFL gives the access mode");
	check(fcntl(fd, F_SETFL, O_APPEND) == 0 && (fcntl(d, F_GETFL) & O_APPEND), "F_SETFL is shared by dups");
	int n = fcntl(fd, F_DUPFD, 20);
	check(n == 20, "F_DUPFD takes the lowest free number from its argument");
	check(fcntl(fd, F_DUPFD_CLOEXEC, 0) > 0, "F_DUPFD_CLOEXEC");
	check(fails(fcntl(fd, 12345), EINVAL), "an unknown fcntl command: EINVAL");
	check(isatty(0) == 1 && isatty(fd) == 0 && errno == ENOTTY, "isatty: console yes, file no");
	int nul = open("/dev/null", O_RDWR);
	char b[4];
	check(nul >= 0 && write(nul, "xyz", 3) == 3 && read(nul, b, 4) == 0, "/dev/null swallows and is empty");
	int con = open("/dev/console", O_WRONLY);
	check(con >= 0 && write(con, "console line\n", 13) == 13, "/dev/console writes to the console");
	close(nul);
	close(con);
	close(d);
	close(50);
	close(n);
}

static void test_calls(void)
{
	test_open_read_write();
	test_paths();
	test_dup_fcntl();
}

static int probe_handles(void);

static void test_share(const char *self)
{
	int fd = open("/tmp/shared", O_RDWR | O_CREAT | O_TRUNC, 0600);
	pid_t pid = fork();
	if (pid == 0) {
		write(fd, "child;", 6);
		_exit(0);
	}
	int status;
	waitpid(pid, &status, 0);
	check(lseek(fd, 0, SEEK_CUR) == 6, "a forked child's write moves the parent's offset");
	write(fd, "parent;", 7);
	if (fd != 5) {
		dup2(fd, 5);
		close(fd);
		fd = 5;
	}
	int cloexec = open("/tmp/shared", O_RDONLY | O_CLOEXEC);
	pid = fork();
	if (pid == 0) {
		char arg[16];
		snprintf(arg, sizeof arg, "%d", cloexec);
		execl(self, "fstest", "exec-child", arg, (char *)0);
		_exit(99);
	}
	waitpid(pid, &status, 0);
	check(WIFEXITED(status) && WEXITSTATUS(status) == 0, "exec keeps fds, drops close-on-exec ones");
	check(lseek(fd, 0, SEEK_CUR) == 6 + 7 + 5, "an exec'd child's write moves the offset too");
	check(file_is("/tmp/shared", "child;parent;exec;"), "the writes land in order");
	char cwd[64];
	chdir("/tmp");
	pid = fork();
	if (pid == 0)
		_exit(getcwd(cwd, sizeof cwd) && !strcmp(cwd, "/tmp") ? 0 : 1);
	waitpid(pid, &status, 0);
	check(WIFEXITED(status) && WEXITSTATUS(status) == 0, "a child inherits the working directory");
	chdir("/work");
	int secret = open("/tmp/secret", O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	write(secret, "secret", 6);
	char *probe[] = { "fstest", "probe", 0 };
	check(posix_spawn(&pid, self, 0, 0, probe, environ) == 0 && waitpid(pid, &status, 0) == pid &&
	      WIFEXITED(status) && WEXITSTATUS(status) == 0,
	      "a spawned program reaches no handle of a close-on-exec file");
	pid = fork();
	if (pid == 0)
		_exit(probe_handles() == 1 ? 0 : 1);
	waitpid(pid, &status, 0);
	check(WIFEXITED(status) && WEXITSTATUS(status) == 0, "while a forked child still reads it (the probe can see)");
	close(secret);
	check(fails(execl("/tmp/shared", "x", (char *)0), EACCES), "exec of a non-executable file: EACCES");
	check(fails(execl("/nosuch", "x", (char *)0), ENOENT), "exec of a missing file: ENOENT");
	int junk = open("/tmp/junk", O_WRONLY | O_CREAT | O_TRUNC, 0755);
	write(junk, "not an elf file", 15);
	close(junk);
	check(fails(execl("/tmp/junk", "x", (char *)0), ENOEXEC), "exec of a non-ELF file: ENOEXEC");
	close(fd);
}

/* Raw protocol: can this process read the secret through any handle
 * number?  Exit 0: no handle reads "secret"; 1: one does. */
static int probe_handles(void)
{
	struct stat st;
	stat("/", &st);         /* attaches our buffer */
	for (long h = 0; h < 256; h++) {
		struct exov6_msg m = exov6_ipc_call(exov6_fs_server(), FS_MSG(FS_REQ_PREAD, h), 64, 0, 0, 0);
		if (m.error == 0 && (long)m.w[0] >= 6 && !memcmp((char *)ULIBOS_FSBUF, "secret", 6))
			return 1;
	}
	return 0;
}

static int exec_child(int cloexec_fd)
{
	/* fd 5 was inherited, the close-on-exec one was not. */
	if (fcntl(cloexec_fd, F_GETFD) != -1 || errno != EBADF)
		return 1;
	return write(5, "exec;", 5) == 5 ? 0 : 2;
}

static volatile sig_atomic_t got_sigpipe;

static void on_sigpipe(int sig)
{
	(void)sig;
	got_sigpipe = 1;
}

static void test_pipes(void)
{
	int p[2];
	check(pipe(p) == 0, "pipe");
	check(write(p[1], "hello", 5) == 5, "write into a pipe");
	char b[64] = { 0 };
	check(read(p[0], b, sizeof b) == 5 && !memcmp(b, "hello", 5), "read from a pipe");
	pid_t pid = fork();
	if (pid == 0) {
		close(p[0]);
		for (int i = 0; i < 1000; i++)
			write(p[1], buf, 100);
		_exit(0);
	}
	close(p[1]);
	size_t total = 0;
	ssize_t n;
	while ((n = read(p[0], buf2, sizeof buf2)) > 0)
		total += (size_t)n;
	check(total == 100000 && n == 0, "100000 bytes from a child, then EOF when it exits");
	waitpid(pid, 0, 0);
	close(p[0]);

	/* A writer killed without closing: the reader still sees EOF. */
	pipe(p);
	pid = fork();
	if (pid == 0) {
		close(p[0]);
		for (;;)
			sleep(1);
	}
	close(p[1]);
	kill(pid, SIGKILL);
	waitpid(pid, 0, 0);
	check(read(p[0], b, 1) == 0, "EOF when the writer was killed");
	close(p[0]);

	pipe(p);
	close(p[0]);
	signal(SIGPIPE, on_sigpipe);
	check(fails(write(p[1], "x", 1), EPIPE) && got_sigpipe, "write with no reader: EPIPE and SIGPIPE");
	close(p[1]);

	pipe2(p, O_NONBLOCK);
	check(fails(read(p[0], b, 1), EAGAIN), "O_NONBLOCK read of an empty pipe: EAGAIN");
	size_t filled = 0;
	while ((n = write(p[1], buf, 4096)) > 0)
		filled += (size_t)n;
	check(n == -1 && errno == EAGAIN && filled >= 4096, "O_NONBLOCK write to a full pipe: EAGAIN");
	struct pollfd pf[2] = { { p[0], POLLIN, 0 }, { p[1], POLLOUT, 0 } };
	check(poll(pf, 2, 0) == 1 && (pf[0].revents & POLLIN) && !pf[1].revents, "poll: full pipe readable, not writable");
	while (read(p[0], buf2, sizeof buf2) > 0)
		;
	check(poll(pf, 2, 0) == 1 && !pf[0].revents && (pf[1].revents & POLLOUT), "poll: empty pipe writable, not readable");
	check(poll(pf, 1, 50) == 0, "poll times out on an empty pipe");
	fd_set rd;
	FD_ZERO(&rd);
	FD_SET(p[0], &rd);
	struct timeval tv = { 0, 20000 };
	check(select(p[0] + 1, &rd, 0, 0, &tv) == 0 && !FD_ISSET(p[0], &rd), "select times out on an empty pipe");
	write(p[1], "z", 1);
	FD_SET(p[0], &rd);
	check(select(p[0] + 1, &rd, 0, 0, 0) == 1 && FD_ISSET(p[0], &rd), "select sees data");
	check(fcntl(p[0], F_SETFL, 0) == 0 && !(fcntl(p[0], F_GETFL) & O_NONBLOCK), "F_SETFL clears O_NONBLOCK");
	struct pollfd bad = { 1000, POLLIN, 0 };
	check(poll(&bad, 1, 0) == 1 && bad.revents == POLLNVAL, "poll of a bad fd: POLLNVAL");
	close(p[0]);
	close(p[1]);

	/* Blocking until a child writes. */
	pipe(p);
	pid = fork();
	if (pid == 0) {
		usleep(50000);
		write(p[1], "late", 4);
		_exit(0);
	}
	memset(b, 0, sizeof b);
	check(read(p[0], b, 4) == 4 && !strcmp(b, "late"), "a read blocks until the writer writes");
	waitpid(pid, 0, 0);
	close(p[0]);
	close(p[1]);
	int opened = 0;
	for (; opened < 100; opened++)
		if (pipe(p))
			break;
	check(opened > 20, "many pipes at once");
}

static unsigned long free_blocks(void)
{
	struct statvfs sv;
	statvfs("/", &sv);
	return sv.f_bfree;
}

static unsigned long free_inodes(void)
{
	struct statvfs sv;
	statvfs("/", &sv);
	return sv.f_ffree;
}

/* Write files of 1 MiB until the disk is full; returns the bytes written. */
static unsigned long fill(void)
{
	unsigned long total = 0;
	for (int i = 0;; i++) {
		char name[64];
		snprintf(name, sizeof name, "/tmp/fill-%d", i);
		int fd = open(name, O_WRONLY | O_CREAT | O_TRUNC, 0600);
		if (fd < 0)
			return errno == ENOSPC ? total : 0;
		for (int k = 0; k < 16; k++) {
			ssize_t n = write(fd, buf, 65536);
			if (n > 0)
				total += (unsigned long)n;
			if (n < 65536) {
				int e = errno;
				close(fd);
				return n >= 0 || e == ENOSPC ? total : 0;
			}
		}
		close(fd);
	}
}

static void unfill(void)
{
	char name[64];
	for (int i = 0;; i++) {
		snprintf(name, sizeof name, "/tmp/fill-%d", i);
		if (unlink(name))
			break;
	}
}

static void test_fill(void)
{
	unsigned long blocks = free_blocks(), inodes = free_inodes();
	unsigned long first = fill();
	check(first > 1000000, "the disk fills up to ENOSPC");
	check(free_blocks() == 0 || free_blocks() < 20, "no free blocks left");
	int fd = open("/tmp/fill-extra", O_WRONLY | O_CREAT, 0600);
	check(fd < 0 || fails(write(fd, buf, 8192), ENOSPC), "a further write: ENOSPC");
	close(fd);
	unlink("/tmp/fill-extra");
	unfill();
	check(free_blocks() == blocks && free_inodes() == inodes, "deleting gives all blocks and inodes back");
	unsigned long second = fill();
	check(second == first, "the same amount fits again");
	unfill();
	check(free_blocks() == blocks, "free again");
}

static void test_cycles(int n)
{
	unsigned long blocks = free_blocks(), inodes = free_inodes();
	int bad = 0;
	for (int i = 0; i < n; i++) {
		int fd = open("/tmp/cycle", O_WRONLY | O_CREAT | O_EXCL, 0600);
		if (fd < 0 || write(fd, buf, 5000 + (size_t)(i % 3) * 3000) < 0 || close(fd) || unlink("/tmp/cycle"))
			bad++;
	}
	char msg[128];
	snprintf(msg, sizeof msg, "%d create/write/unlink cycles (%d failed)", n, bad);
	check(bad == 0, msg);
	snprintf(msg, sizeof msg, "free counts unchanged (blocks %lu -> %lu, inodes %lu -> %lu)", blocks,
		 free_blocks(), inodes, free_inodes());
	check(free_blocks() == blocks && free_inodes() == inodes, msg);
}

int main(int argc, char **argv)
{
	for (size_t i = 0; i < sizeof buf; i++)
		buf[i] = pattern(i);
	const char *mode = argc > 1 ? argv[1] : "";
	if (!strcmp(mode, "exec-child"))
		return exec_child(atoi(argv[2]));
	if (!strcmp(mode, "probe"))
		return probe_handles();
	if (!strcmp(mode, "calls"))
		test_calls();
	else if (!strcmp(mode, "share"))
		test_share(argv[0]);
	else if (!strcmp(mode, "pipes"))
		test_pipes();
	else if (!strcmp(mode, "fill"))
		test_fill();
	else if (!strcmp(mode, "cycles") && argc > 2)
		test_cycles(atoi(argv[2]));
	else if (!strcmp(mode, "write") && argc > 3) {
		size_t n = (size_t)atol(argv[3]);
		int fd = open(argv[2], O_WRONLY | O_CREAT | O_TRUNC, 0644);
		size_t done = 0;
		while (fd >= 0 && done < n) {
			size_t k = n - done < sizeof buf ? n - done : sizeof buf;
			for (size_t i = 0; i < k; i++)
				buf[i] = pattern(done + i);
			if (write(fd, buf, k) != (ssize_t)k)
				break;
			done += k;
		}
		check(fd >= 0 && done == n && close(fd) == 0, "wrote the pattern file");
	} else if (!strcmp(mode, "check") && argc > 3)
		check(file_is(argv[2], argv[3]), "the host's file reads back inside exov6");
	else {
		printf("usage: fstest calls|share|pipes|fill|cycles N|write FILE N|check FILE TEXT\n");
		return 2;
	}
	printf("done: %d failures\n", failures);
	return failures != 0;
}
