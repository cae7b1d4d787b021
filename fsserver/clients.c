/* clients.c - who the file server serves.  Each client env has a slot
 * with its buffer pages mapped at a fixed place of ours, its working
 * directory (an inode reference) and a table of handles; handles point at
 * shared open file descriptions, counted so that the inode reference of a
 * description goes with its last handle.  Clients whose env has ended are
 * collected when the table fills up, when no open file description is
 * free (before ENFILE), every COLLECT_EVERY requests (main.c) and before a
 * sync.
 *
 * The table has MAX_CLIENTS = 1024 slots, the kernel's NENV: every live
 * env can be a client at once (we are an env ourselves), so the table
 * never caps processes below the kernel.  Their buffers take
 * MAX_CLIENTS * FS_BUF_SIZE = 64 MiB of our address space from
 * CLIENT_BUF_BASE, checked below against the other regions. */
#include <exov6/errno.h>
#include <exov6/layout.h>
#include <exov6/syscall.h>
#include <string.h>
#include "clients.h"
#include "ext2.h"

#define CLIENT_BUF_BASE 0x80000000ul
#define CLIENT_BUF_END  (CLIENT_BUF_BASE + MAX_CLIENTS * FS_BUF_SIZE)

/* Our address space: program and heap below ULIBOS_END, the libOS regions
 * up to ULIBOS_END, the disk driver at 0x70000000 (virtio_blk.c), the
 * grant window below CLIENT_BUF_BASE, the loader's scratch above. */
_Static_assert(FS_WINDOW_VA >= ULIBOS_END && FS_WINDOW_VA + 4096 <= CLIENT_BUF_BASE,
	       "the grant window collides");
_Static_assert(CLIENT_BUF_BASE >= ULIBOS_END && CLIENT_BUF_END <= ULOADER_TMP,
	       "the client buffers collide with another region");
_Static_assert((MAX_CLIENTS & (MAX_CLIENTS - 1)) == 0, "slot_hint masks");

static struct client clients[MAX_CLIENTS];
static struct desc descs[MAX_DESCS];

/* SYS_env_parent answers -ESRCH for an env that has ended (a zombie too);
 * env 0 would mean ourselves, so it never names a client. */
static long env_parent(exov6_envid_t env)
{
	return env > 0 ? exov6_syscall1(SYS_env_parent, (unsigned long)env) : -ESRCH;
}

static int env_alive(exov6_envid_t env)
{
	return env_parent(env) >= 0;
}

char *client_buf(const struct client *c)
{
	return (char *)(CLIENT_BUF_BASE + (unsigned long)(c - clients) * FS_BUF_SIZE);
}

static void client_free(struct client *c)
{
	for (long h = 0; h < MAX_HANDLES; h++)
		if (c->handle[h] >= 0)
			handle_close(c, h);
	ext2_iput(c->cwd);
	for (unsigned long i = 0; i < FS_BUF_PAGES; i++)
		exov6_syscall2(SYS_page_unmap, 0, (unsigned long)client_buf(c) + i * 4096);
	c->env = 0;
}

/* Forget ended clients but `keep` (the one being served). */
static void collect(const struct client *keep)
{
	for (int i = 0; i < MAX_CLIENTS; i++)
		if (clients[i].env && &clients[i] != keep && !env_alive(clients[i].env))
			client_free(&clients[i]);
}

void clients_collect(void)
{
	collect(0);
}

/* Kernel env ids keep their slot in the low bits: a good first guess,
 * nothing more. */
static int slot_hint(exov6_envid_t env)
{
	return (int)((unsigned)env & (MAX_CLIENTS - 1));
}

/* A record for env, collecting ended clients but keep when the table is
 * full. */
static struct client *client_new(exov6_envid_t env, const struct client *keep)
{
	for (int pass = 0; pass < 2; pass++) {
		for (int n = 0, i = slot_hint(env); n < MAX_CLIENTS; n++, i = (i + 1) % MAX_CLIENTS) {
			struct client *c = &clients[i];
			if (c->env)
				continue;
			c->env = env;
			c->attached = 0;
			c->cwd = EXT2_ROOT_INO;
			ext2_iget(c->cwd);
			memset(c->handle, 0xff, sizeof c->handle);
			return c;
		}
		collect(keep);
	}
	return 0;
}

static struct client *client_find(exov6_envid_t env)
{
	for (int n = 0, i = slot_hint(env); n < MAX_CLIENTS; n++, i = (i + 1) % MAX_CLIENTS)
		if (clients[i].env == env)
			return &clients[i];
	return 0;
}

struct client *client_get(exov6_envid_t env)
{
	struct client *c = client_find(env);
	return c ? c : client_new(env, 0);
}

int client_attach(struct client *c, unsigned long index, unsigned long perm)
{
	if (index >= FS_BUF_PAGES || !(perm & PTE_W))
		return -EINVAL;
	unsigned long va = (unsigned long)client_buf(c) + index * 4096;
	long r = exov6_syscall5(SYS_page_map, 0, FS_WINDOW_VA, 0, va, PTE_W | PTE_NX);
	if (r < 0)
		return (int)r;
	c->attached |= 1u << index;
	return 0;
}

int client_buf_ready(const struct client *c)
{
	return c->attached == (1u << FS_BUF_PAGES) - 1;
}

/* Only the child's parent may seed it: anyone else could otherwise give an
 * env that is not its child its handles and directory, or take the slot
 * so that the real parent's request fails. */
int client_fork(struct client *c, unsigned long child_id, const long *handles, unsigned long n)
{
	static long list[MAX_HANDLES];
	if (n > MAX_HANDLES)
		return -EINVAL;
	if (child_id == 0 || child_id > 0x7fffffff)
		return -ESRCH;  /* not an env id */
	exov6_envid_t child = (exov6_envid_t)child_id;
	long parent = env_parent(child);
	if (parent < 0)
		return -ESRCH;
	if (parent != c->env)
		return -EPERM;
	/* The buffer is the client's: copy the list before checking it. */
	memcpy(list, handles, n * sizeof *list);
	for (unsigned long i = 0; i < n; i++)
		if (!handle_desc(c, list[i]))
			return -EBADF;
	if (client_find(child))
		return -EBUSY;  /* only a new env inherits */
	struct client *k = client_new(child, c);
	if (!k)
		return -ENFILE;
	ext2_iput(k->cwd);
	k->cwd = c->cwd;
	ext2_iget(k->cwd);
	for (unsigned long i = 0; i < n; i++) {
		long h = list[i];
		if (k->handle[h] < 0) {
			k->handle[h] = c->handle[h];
			descs[c->handle[h]].refs++;
		}
	}
	return 0;
}

struct desc *handle_desc(struct client *c, long h)
{
	return h >= 0 && h < MAX_HANDLES && c->handle[h] >= 0 ? &descs[c->handle[h]] : 0;
}

static long handle_slot(struct client *c)
{
	for (long h = 0; h < MAX_HANDLES; h++)
		if (c->handle[h] < 0)
			return h;
	return -EMFILE;
}

/* A free description, or -ENFILE when the table is full even after
 * collecting ended clients (never c, the one being served): handles of
 * killed clients must not keep ENFILE alive until the next collection. */
static int desc_alloc(struct client *c)
{
	for (int pass = 0; pass < 2; pass++) {
		for (int i = 0; i < MAX_DESCS; i++)
			if (descs[i].refs == 0)
				return i;
		if (pass == 0)
			collect(c);
	}
	return -ENFILE;
}

long handle_new(struct client *c, uint32_t ino, int flags)
{
	long h = handle_slot(c);
	if (h < 0)
		return h;
	int i = desc_alloc(c);
	if (i < 0)
		return i;
	descs[i] = (struct desc){ ino, 1, flags, 0 };
	c->handle[h] = (int16_t)i;
	return h;
}

long handle_dup(struct client *c, long old)
{
	struct desc *d = handle_desc(c, old);
	if (!d)
		return -EBADF;
	long h = handle_slot(c);
	if (h < 0)
		return h;
	c->handle[h] = c->handle[old];
	d->refs++;
	return h;
}

int handle_close(struct client *c, long h)
{
	struct desc *d = handle_desc(c, h);
	if (!d)
		return -EBADF;
	c->handle[h] = -1;
	if (--d->refs == 0)
		ext2_iput(d->ino);
	return 0;
}
