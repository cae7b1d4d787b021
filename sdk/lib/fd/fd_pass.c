/* fd_pass.c - descriptors across fork, exec and spawn.  fork copies the
 * table with the address space; the file server and the pipes are told
 * that the child holds the same descriptions.  exec and spawn build a new
 * image: it gets a copy of the table page (without close-on-exec
 * descriptors) and the pipes' shared pages. */
#include <errno.h>
#include <exov6/syscall.h>
#include <string.h>
#include "fd_private.h"

#define SCRATCH (ULOADER_TMP_END - EXOV6_PAGE_SIZE)


/* Tell the server and the pipes that env holds what table t names (the
 * server copies only the handles listed, so nothing else leaks). */
static int hold_all(const struct fd_table *t, exov6_envid_t env)
{
	if (t->fs_server) {
		long r = __fs_attach();
		if (r < 0)
			return (int)r;
		long *list = (long *)__fs_buf();
		unsigned long n = 0;
		for (int i = 0; i < FD_MAX; i++)
			if (t->fd[i].type == FD_FILE)
				list[n++] = t->fd[i].handle;
		r = __fs_call(FS_REQ_FORK, 0, (unsigned long)env, n);
		if (r < 0)
			return (int)r;
	}
	for (int i = 0; i < FD_MAX; i++) {
		struct fd ends[2];
		for (int k = 0, n = __fd_pipe_ends(&t->fd[i], ends); k < n; k++)
			__pipe_hold(&ends[k], env, 1);
	}
	return 0;
}

int __fd_fork(exov6_envid_t child)
{
	struct fd_table *t = __fd_table();
	return t ? hold_all(t, child) : -ENOMEM;
}

/* Map pipe slot va (once) into env. */
static int share_pipe(exov6_envid_t env, unsigned long va)
{
	for (unsigned long off = 0; off < UPIPE_SLOT; off += EXOV6_PAGE_SIZE) {
		long r = exov6_sys_page_map(0, va + off, env, va + off,
					    EXOV6_PTE_W | EXOV6_PTE_NX | EXOV6_PTE_SHARE);
		if (r < 0)
			return (int)r;
	}
	return 0;
}

int __fd_pass(exov6_envid_t env, int exec)
{
	struct fd_table *t = __fd_table();
	if (!t)
		return -ENOMEM;
	if (exec)
		for (int i = 0; i < FD_MAX; i++)
			if (t->fd[i].type != FD_NONE && t->fd[i].cloexec)
				__fd_release(&t->fd[i]);
	long r = exov6_sys_page_alloc(0, SCRATCH, EXOV6_PTE_W | EXOV6_PTE_NX);
	if (r < 0)
		return (int)r;
	struct fd_table *copy = (struct fd_table *)SCRATCH;
	memcpy(copy, t, sizeof *t);
	for (int i = 0; i < FD_MAX && r == 0; i++) {
		struct fd *f = &copy->fd[i];
		if (f->cloexec)
			f->type = FD_NONE;
		struct fd ends[2];
		for (int k = 0, n = __fd_pipe_ends(f, ends); k < n && r == 0; k++) {
			int first = 1;
			for (int j = 0; j < i && first; j++) {
				struct fd prev[2];
				for (int m = 0, pn = __fd_pipe_ends(&copy->fd[j], prev); m < pn; m++)
					if (prev[m].pipe == ends[k].pipe)
						first = 0;
			}
			for (int m = 0; m < k; m++)
				if (ends[m].pipe == ends[k].pipe)
					first = 0;
			if (first)
				r = share_pipe(env, ends[k].pipe);
		}
	}
	if (r == 0)
		r = exov6_sys_page_map(0, SCRATCH, env, ULIBOS_FD, EXOV6_PTE_W | EXOV6_PTE_NX);
	if (r == 0 && !exec)
		r = hold_all(copy, env);
	exov6_sys_page_unmap(0, SCRATCH);
	return (int)r;
}
