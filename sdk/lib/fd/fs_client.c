/* fs_client.c - talking to the file server: the server's id (inherited in
 * the fd table), the shared buffer (granted page by page the first time
 * this env calls; fork leaves it out, so a child attaches its own) and the
 * call itself.  File calls are not interruptible, as a disk file's are
 * not on Linux: the kernel cuts a call short only while it is still
 * queued, before the server took it (never while the server works on
 * it), so a call that returns -EINTR is simply sent again. */
#include <errno.h>
#include <exov6/fs_client.h>
#include <exov6/ipc.h>
#include <string.h>
#include "fd_private.h"

/* Which env attached the buffer: after fork, the child sees its parent's
 * id here and attaches anew. */
static exov6_envid_t attached_by;

void exov6_fs_set_server(exov6_envid_t server)
{
	struct fd_table *t = __fd_table();
	if (t)
		t->fs_server = server;
}

exov6_envid_t exov6_fs_server(void)
{
	struct fd_table *t = __fd_table();
	return t ? t->fs_server : 0;
}

static long attach(exov6_envid_t server)
{
	if (!server)
		return -ENOSYS;
	exov6_envid_t self = exov6_sys_getenvid();
	if (attached_by == self)
		return 0;
	for (unsigned long i = 0; i < FS_BUF_PAGES; i++) {
		unsigned long va = ULIBOS_FSBUF + i * EXOV6_PAGE_SIZE;
		long r = exov6_sys_page_alloc(0, va, EXOV6_PTE_W | EXOV6_PTE_NX);
		if (r < 0)
			return r;
		struct exov6_msg m;
		do
			m = exov6_ipc_call(server, FS_MSG(FS_REQ_ATTACH, 0), i, 0, (void *)va,
					   EXOV6_PTE_W | EXOV6_PTE_NX);
		while (m.error == -EINTR);
		if (m.error)
			return m.error;
		if ((long)m.w[0] < 0)
			return (long)m.w[0];
	}
	attached_by = self;
	return 0;
}

long __fs_attach(void)
{
	return attach(exov6_fs_server());
}

char *__fs_buf(void)
{
	return (char *)ULIBOS_FSBUF;
}

long __fs_call(unsigned op, long handle, unsigned long w1, unsigned long w2)
{
	exov6_envid_t server = exov6_fs_server();
	long r = attach(server);
	if (r)
		return r == -ESRCH ? -EIO : r;
	struct exov6_msg m;
	do
		m = exov6_ipc_call(server, FS_MSG(op, handle), w1, w2, 0, 0);
	while (m.error == -EINTR);
	if (m.error)
		return m.error == -ESRCH ? -EIO : m.error;
	return (long)m.w[0];
}

int __fs_put_paths(const char *path, const char *path2)
{
	size_t n = strnlen(path, FS_PATH_MAX);
	if (n == FS_PATH_MAX)
		return -ENAMETOOLONG;
	if (n == 0)
		return -ENOENT;
	memcpy(__fs_buf(), path, n + 1);
	if (path2) {
		n = strnlen(path2, FS_PATH_MAX);
		if (n == FS_PATH_MAX)
			return -ENAMETOOLONG;
		if (n == 0)
			return -ENOENT;
		memcpy(__fs_buf() + FS_PATH2, path2, n + 1);
	}
	return 0;
}

long __fs_path_call(unsigned op, const char *path, const char *path2, unsigned long w1,
		    unsigned long w2)
{
	long r = __fs_attach();
	if (r)
		return r;
	if ((r = __fs_put_paths(path, path2)))
		return r;
	return __fs_call(op, 0, w1, w2);
}
