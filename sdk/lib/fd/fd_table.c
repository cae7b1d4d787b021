/* fd_table.c - the per-process fd table: one page at ULIBOS_FD, made on
 * first use with the console on descriptors 0, 1 and 2 (the first
 * program), copied by fork like any page and handed to the images exec
 * and spawn build (fd_pass.c). */
#include <errno.h>
#include <exov6/syscall.h>
#include <fcntl.h>
#include "fd_private.h"

_Static_assert(sizeof(struct fd_table) <= EXOV6_PAGE_SIZE, "fd table outgrew its page");

struct fd_table *__fd_table(void)
{
	struct fd_table *t = (struct fd_table *)ULIBOS_FD;
	if (!(UVPT_PML4E(ULIBOS_FD) & EXOV6_PTE_P) || !(UVPT_PDPTE(ULIBOS_FD) & EXOV6_PTE_P) ||
	    !(UVPT_PDE(ULIBOS_FD) & EXOV6_PTE_P) || !(UVPT_PTE(ULIBOS_FD) & EXOV6_PTE_P)) {
		if (exov6_sys_page_alloc(0, ULIBOS_FD, EXOV6_PTE_W | EXOV6_PTE_NX) < 0)
			return 0;
	}
	if (t->magic != FD_TABLE_MAGIC) {
		t->magic = FD_TABLE_MAGIC;
		t->umask = 022;
		for (int i = 0; i < 3; i++)
			t->fd[i] = (struct fd){ FD_CONSOLE, 0, i == 0 ? O_RDONLY : O_WRONLY, 0, 0 };
	}
	return t;
}

struct fd *__fd_get(int fd)
{
	struct fd_table *t = __fd_table();
	if (!t || fd < 0 || fd >= FD_MAX || t->fd[fd].type == FD_NONE) {
		errno = EBADF;
		return 0;
	}
	return &t->fd[fd];
}

int __fd_alloc(int min)
{
	struct fd_table *t = __fd_table();
	if (!t) {
		errno = ENOMEM;
		return -1;
	}
	for (int i = min < 0 ? 0 : min; i < FD_MAX; i++)
		if (t->fd[i].type == FD_NONE)
			return i;
	errno = EMFILE;
	return -1;
}

int __fd_release(struct fd *f)
{
	long r = 0;
	if (f->type == FD_FILE)
		r = __fs_call(FS_REQ_CLOSE, f->handle, 0, 0);
	else {
		struct fd ends[2];
		for (int i = 0, n = __fd_pipe_ends(f, ends); i < n; i++)
			__pipe_hold(&ends[i], 0, -1);
	}
	f->type = FD_NONE;
	return (int)r;
}

long __fd_result(long r)
{
	if (r < 0) {
		errno = (int)-r;
		return -1;
	}
	return r;
}
