/* ipctest.c - synchronous IPC between two envs: a server (this program
 * started with "server") answers calls; the client checks 100,000 round
 * trips carry the right words, that a granted page arrives with its data
 * and rights, and that bad targets, pages and replies are refused. */
#include <exov6/errno.h>
#include <exov6/ipc.h>
#include <exov6/layout.h>
#include <exov6/spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define WINDOW 0x30000000ul
#define PAGE   0x31000000ul

enum { OP_ADD = 1, OP_PAGE = 2, OP_QUIT = 3 };

static int failures;

static void check(int ok, const char *what)
{
	printf("%s %s\n", ok ? "ok" : "FAIL", what);
	failures += !ok;
}

static int serve(void)
{
	exov6_syscall1(SYS_ipc_window, WINDOW);
	struct exov6_msg m = exov6_ipc_recv(0);
	for (;;) {
		unsigned long a = 0, b = 0;
		if (m.error)
			return 1;
		if (m.w[0] == OP_ADD) {
			a = m.w[1] + m.w[2];
			b = m.w[1] ^ m.w[2];
		} else if (m.w[0] == OP_PAGE) {
			/* Answer with the page's first word and whether it is writable. */
			a = m.perm ? *(volatile unsigned long *)WINDOW : 0;
			b = m.perm & EXOV6_PTE_W;
		} else if (m.w[0] == OP_QUIT) {
			exov6_ipc_send(m.from, 0, 0, 0, 0, 0);
			return 0;
		}
		m = exov6_ipc_reply_recv(m.wants_reply ? m.from : 0, a, b, m.w[0], 0, 0);
	}
}

int main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "server"))
		return serve();

	char *sargv[] = { "ipctest", "server", NULL };
	exov6_envid_t server = exov6_spawn_module("ipctest", sargv, NULL);
	check(server > 0, "server started");

	int bad = 0;
	unsigned long x = 12345;
	for (int i = 0; i < 100000; i++) {
		unsigned long y = x * 2654435761ul + (unsigned long)i;
		struct exov6_msg m = exov6_ipc_call(server, OP_ADD, x, y, 0, 0);
		if (m.error || m.from != server || m.w[0] != x + y || m.w[1] != (x ^ y) ||
		    m.w[2] != OP_ADD)
			bad++;
		x = m.w[0];
	}
	check(bad == 0, "100000 round trips with correct data");

	exov6_syscall3(SYS_page_alloc, 0, PAGE, EXOV6_PTE_W | EXOV6_PTE_NX);
	*(unsigned long *)PAGE = 0xfeedface;
	struct exov6_msg m = exov6_ipc_call(server, OP_PAGE, 0, 0, (void *)PAGE, EXOV6_PTE_NX);
	check(m.error == 0 && m.w[0] == 0xfeedface && m.w[1] == 0,
	      "granted page arrives read-only with its data");
	m = exov6_ipc_call(server, OP_PAGE, 0, 0, (void *)PAGE, EXOV6_PTE_W | EXOV6_PTE_NX);
	check(m.error == 0 && m.w[0] == 0xfeedface && m.w[1] == EXOV6_PTE_W,
	      "granted page arrives writable when granted so");
	check(exov6_ipc_call(server, OP_PAGE, 0, 0, (void *)0x32000000ul, EXOV6_PTE_NX).error == -EFAULT,
	      "grant of an unmapped page is refused");
	check(exov6_ipc_call(server, OP_PAGE, 0, 0, (void *)(PAGE + 8), EXOV6_PTE_NX).error == -EINVAL,
	      "grant of an unaligned address is refused");
	check(exov6_ipc_call(server, OP_PAGE, 0, 0, (void *)UINFO, EXOV6_PTE_W | EXOV6_PTE_NX).error == -EACCES,
	      "grant with more rights than held is refused");
	check(exov6_ipc_call(999999, OP_ADD, 1, 2, 0, 0).error == -ESRCH, "call to no env fails");
	check(exov6_ipc_reply_recv(server, 0, 0, 0, 0, 0).error == -EINVAL,
	      "reply to an env that is not calling fails");

	exov6_ipc_call(server, OP_QUIT, 0, 0, 0, 0);
	int status;
	check(exov6_wait(server, &status) == server && status == 0, "server ended cleanly");
	check(exov6_ipc_call(server, OP_ADD, 1, 2, 0, 0).error == -ESRCH, "call to a dead env fails");
	printf("done: %d failures\n", failures);
	return failures;
}
