/* fsfuzz.c - hostile requests to the file server: N random requests over
 * raw IPC (random ops, handles, lengths, offsets, flags, buffer contents
 * with and without NULs, page grants, other envs' ids), mixed with valid
 * ones on files under /tmp/fuzz.  The server must answer every request
 * with a result (no crash, no hang) and keep serving: afterwards a fresh
 * child does ordinary file work and checks it.
 *   fsfuzz N SEED */
#include <errno.h>
#include <exov6/fs_client.h>
#include <exov6/fs_protocol.h>
#include <exov6/ipc.h>
#include <exov6/layout.h>
#include <exov6/syscall.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#define GRANT_VA 0x70000000ul   /* our own scratch page for stray grants */

#include "../host/xorshift.h"

static const char *const paths[] = {
	"/tmp/fuzz/a", "/tmp/fuzz/b", "/tmp/fuzz/d", "/tmp/fuzz/d/x", "/tmp/fuzz", "fuzz/a",
	"/tmp/fuzz/../fuzz/a", "/tmp/fuzz/l", "/tmp/fuzz/a/", "/tmp/fuzz//b", ".", "..",
};

static void random_buffer(char *buf)
{
	switch (next() % 5) {
	case 0:         /* no NUL anywhere in the first path's reach */
		memset(buf, 'A' + (int)(next() % 26), FS_PATH_MAX);
		break;
	case 1:         /* random bytes */
		for (int i = 0; i < 64; i++)
			buf[i] = (char)next();
		break;
	default:        /* valid paths */
		strcpy(buf, paths[next() % (sizeof paths / sizeof paths[0])]);
		strcpy(buf + FS_PATH2, paths[next() % (sizeof paths / sizeof paths[0])]);
	}
}

static unsigned long random_word(void)
{
	switch (next() % 6) {
	case 0: return next();
	case 1: return next() % 16;
	case 2: return (unsigned long)-(long)(next() % 5);
	case 3: return FS_IO_MAX + next() % 3 - 1;
	case 4: return 0x7fffffffffffffffull - next() % 3;
	default: return next() % 70000;
	}
}

static int child_check(void)
{
	int fd = open("/tmp/fuzz-after", O_RDWR | O_CREAT | O_TRUNC, 0600);
	char b[8] = { 0 };
	int ok = fd >= 0 && write(fd, "alive", 5) == 5 && lseek(fd, 0, SEEK_SET) == 0 &&
		 read(fd, b, 5) == 5 && !strcmp(b, "alive") && close(fd) == 0 &&
		 unlink("/tmp/fuzz-after") == 0;
	return ok ? 0 : 1;
}

int main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 100000;
	rng = argc > 2 ? strtoull(argv[2], 0, 10) | 1 : 88172645463325252ull;
	exov6_envid_t server = exov6_fs_server();
	struct stat st;
	mkdir("/tmp/fuzz", 0755);
	mkdir("/tmp/fuzz/d", 0755);
	symlink("a", "/tmp/fuzz/l");
	if (!server || stat("/tmp/fuzz", &st)) {       /* attaches our buffer */
		printf("FAIL no file server\n");
		return 1;
	}
	exov6_syscall3(SYS_page_alloc, 0, GRANT_VA, EXOV6_PTE_W);
	char *buf = (char *)ULIBOS_FSBUF;
	long answered = 0, errors = 0, ipc_errors = 0;
	for (long i = 0; i < n; i++) {
		unsigned op = (unsigned)(next() % (FS_REQ_COUNT + 3));
		long handle = next() % 4 ? (long)(next() % 8) : (long)next();
		unsigned long w1 = random_word(), w2 = random_word();
		if (op == FS_REQ_OPEN && next() % 2)
			w1 &= O_ACCMODE | O_CREAT | O_TRUNC | O_APPEND | O_DIRECTORY;
		if (op == FS_REQ_ATTACH)
			op = FS_REQ_STAT;       /* replacing our own buffer is not the server's problem */
		if (op == FS_REQ_FORK && next() % 2)
			w1 = (unsigned long)exov6_syscall0(SYS_getenvid) + (next() % 3) * 1024;
		random_buffer(buf);
		int grant = next() % 50 == 0;
		struct exov6_msg m = exov6_ipc_call(server, FS_MSG(op, handle), w1, w2,
						    grant ? (void *)GRANT_VA : 0, grant ? EXOV6_PTE_W : 0);
		if (m.error) {
			ipc_errors++;
			continue;
		}
		answered++;
		errors += (long)m.w[0] < 0;
	}
	printf("%ld requests: %ld answered (%ld errors), %ld IPC failures\n", n, answered, errors, ipc_errors);
	printf("%s every request answered\n", answered == n ? "ok" : "FAIL");
	pid_t pid = fork();
	if (pid == 0)
		_exit(child_check());
	int status = -1;
	waitpid(pid, &status, 0);
	printf("%s the server still serves a new client\n",
	       WIFEXITED(status) && WEXITSTATUS(status) == 0 ? "ok" : "FAIL");
	return 0;
}
