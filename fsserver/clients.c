/* clients.c - who the file server serves.  Each client env has a slot
 * with its buffer pages mapped at a fixed place of ours, its working
 * directory (an inode reference) and a table of handles; handles point at
 * shared open file descriptions, counted so that the inode reference of a
 * description goes with its last handle.
 *
 * Limits, and why (one hostile process tree must not lock others out):
 *
 * - Clients: MAX_CLIENTS = 1024, the kernel's NENV, so every live env can
 *   be a client at once (we are an env ourselves) and the table never caps
 *   processes below the kernel.  Ended clients are collected when no slot
 *   is free, before an open fails with ENFILE, every COLLECT_EVERY
 *   requests (main.c) and before a sync.  Buffers take MAX_CLIENTS *
 *   FS_BUF_SIZE = 64 MiB of our address space from CLIENT_BUF_BASE,
 *   checked below against the other regions.
 * - Handles: MAX_HANDLES = 256 per client (EMFILE beyond; the fd layer
 *   has 128 descriptors).
 * - Open file descriptions: MAX_DESCS = 2048 in all, shared out by process
 *   tree.  Each client has a node in a tree: a child seeded by FS_REQ_FORK
 *   under its parent's, any other new client under that of its nearest
 *   ancestor that is a client (SYS_env_parent), or at the top.  A
 *   description is charged to the node of the client that opened it and
 *   counts against that node and every node above; each may have at most
 *   its `limit` charged to its subtree, else ENFILE.  A top node's limit
 *   is the whole table, a child's 3/4 of its parent's (but at least
 *   SHARE_FLOOR, and never more than the parent's).  So a subtree that
 *   opens until it fails leaves a quarter of its parent's share to the
 *   parent and its other children; under init (the top) any one program's
 *   tree leaves 512 descriptions to the rest of the system.
 * - Dying frees what is no longer held, nothing else: a collected
 *   client's handles are closed, but its node stays (without a client)
 *   while two or more children remain, so a tree whose root ends is still
 *   bound by the root's share; a node left with one child gives it its
 *   place, and what was charged to it goes up a level.
 *
 * Known gap: the tree is what the server sees.  An env that first talks
 * to us after its parent ended (the kernel gives orphans to the first
 * program) and was never seeded hangs under that program, with a
 * first-level share.  The libOS seeds every fork and spawn. */
#include <exov6/errno.h>
#include <exov6/layout.h>
#include <exov6/syscall.h>
#include <string.h>
#include "clients.h"
#include "ext2.h"
#include "locks.h"

#define CLIENT_BUF_BASE 0x80000000ul
#define CLIENT_BUF_END  (CLIENT_BUF_BASE + MAX_CLIENTS * FS_BUF_SIZE)
#define SHARE_FLOOR 16

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
static unsigned descs_used;

/* The tree that shares the descriptions out.  A node has a client, or
 * none once the client ended (its limit still binds what it started)
 * while two or more children remain; a node left with one child gives it
 * its place, one with none goes.  So every childless node has a client
 * and nodes without one have two children at least: fewer than
 * MAX_CLIENTS of those, and MAX_NODES is enough. */
#define MAX_NODES (2 * MAX_CLIENTS)
struct node {
	int16_t up;                     /* the node above, -1: a top */
	uint16_t limit;                 /* descriptions its subtree may hold, 0: free node */
	uint16_t used;                  /* ... and holds (charged to it or below) */
	uint16_t kids;                  /* nodes with up == this one */
	uint8_t live;                   /* a client has it */
};
static struct node nodes[MAX_NODES];

_Static_assert(MAX_DESCS <= 0x7fff && MAX_NODES <= 0x7fff, "int16_t indexes");
_Static_assert(MAX_DESCS <= 0xffff, "uint16_t counts");

/* SYS_env_parent answers -ESRCH for an env that has ended (a zombie too);
 * env 0 would mean ourselves, so it never names a client. */
static long env_parent(exov6_envid_t env)
{
	return env > 0 ? exov6_sys_env_parent(env) : -ESRCH;
}

static int env_alive(exov6_envid_t env)
{
	return env_parent(env) >= 0;
}

int client_slot(const struct client *c)
{
	return (int)(c - clients);
}

int desc_slot(const struct desc *d)
{
	return (int)(d - descs);
}

char *client_buf(const struct client *c)
{
	return (char *)(CLIENT_BUF_BASE + (unsigned long)(c - clients) * FS_BUF_SIZE);
}

static uint16_t child_limit(unsigned parent)
{
	unsigned l = parent - parent / 4;
	return (uint16_t)(l >= SHARE_FLOOR ? l : parent < SHARE_FLOOR ? parent : SHARE_FLOOR);
}

/* A node for a new client under node up (-1: a top), or -1 if none is
 * free (which the count above rules out). */
static int node_new(int up)
{
	for (int i = 0; i < MAX_NODES; i++)
		if (nodes[i].limit == 0) {
			nodes[i] = (struct node){ (int16_t)up, up < 0 ? MAX_DESCS : child_limit(nodes[up].limit),
						  0, 0, 1 };
			if (up >= 0)
				nodes[up].kids++;
			return i;
		}
	return -1;
}

/* Node x lost its client or a child: while it has no client and fewer
 * than two children, its child (if any) takes its place, and what is
 * charged to it goes to the node above (whose count includes it). */
static void node_prune(int x)
{
	while (x >= 0 && !nodes[x].live && nodes[x].kids < 2) {
		int up = nodes[x].up;
		for (int i = 0; i < MAX_DESCS; i++)
			if (descs[i].refs && descs[i].owner == x)
				descs[i].owner = (int16_t)up;
		if (nodes[x].kids == 1) {
			for (int i = 0; i < MAX_NODES; i++)
				if (nodes[i].limit && nodes[i].up == x)
					nodes[i].up = (int16_t)up;
			nodes[x].limit = 0;
			return;         /* the node above keeps its count of children */
		}
		nodes[x].limit = 0;
		if (up >= 0)
			nodes[up].kids--;
		x = up;
	}
}

/* The highest node on x's way up (x included) whose subtree holds all it
 * may, -1 if none: x may have one more description only then. */
static int share_full(int x)
{
	int full = -1;
	for (int n = 0; x >= 0 && n < MAX_NODES; x = nodes[x].up, n++)
		if (nodes[x].used >= nodes[x].limit)
			full = x;
	return full;
}

/* Is node x in the subtree of node top? */
static int is_under(int x, int top)
{
	for (int n = 0; x >= 0 && n < MAX_NODES; x = nodes[x].up, n++)
		if (x == top)
			return 1;
	return 0;
}

static void charge(int x, int delta)
{
	for (int n = 0; x >= 0 && n < MAX_NODES; x = nodes[x].up, n++)
		nodes[x].used = (uint16_t)(nodes[x].used + delta);
}

static void client_free(struct client *c)
{
	for (long h = 0; h < MAX_HANDLES; h++)
		if (c->handle[h] >= 0)
			handle_close(c, h);
	locks_client_gone(c);
	ext2_iput(c->cwd);
	for (unsigned long i = 0; i < FS_BUF_PAGES; i++)
		exov6_sys_page_unmap(0, (unsigned long)client_buf(c) + i * 4096);
	nodes[c->node].live = 0;
	node_prune(c->node);
	c->env = 0;
}

/* Forget ended clients in the subtree of node top (-1: all) but `keep`
 * (the one being served).  An open refused for a full share looks only
 * there, so a tree that keeps asking costs us its own size.  Who is in
 * the subtree is settled first: freeing changes the tree. */
static void collect(const struct client *keep, int top)
{
	static int16_t dead[MAX_CLIENTS];
	int n = 0;
	for (int i = 0; i < MAX_CLIENTS; i++)
		if (clients[i].env && &clients[i] != keep && (top < 0 || is_under(clients[i].node, top)) &&
		    !env_alive(clients[i].env))
			dead[n++] = (int16_t)i;
	for (int i = 0; i < n; i++)
		client_free(&clients[dead[i]]);
}

void clients_collect(void)
{
	collect(0, -1);
}

/* Kernel env ids keep their slot in the low bits: a good first guess,
 * nothing more. */
static int slot_hint(exov6_envid_t env)
{
	return (int)((unsigned)env & (MAX_CLIENTS - 1));
}

static struct client *client_find(exov6_envid_t env)
{
	for (int n = 0, i = slot_hint(env); n < MAX_CLIENTS; n++, i = (i + 1) % MAX_CLIENTS)
		if (clients[i].env == env)
			return &clients[i];
	return 0;
}

/* The client that env hangs under when nobody seeded it: its nearest
 * ancestor that is a client. */
static struct client *ancestor_client(exov6_envid_t env)
{
	long p = env_parent(env);
	for (int n = 0; p > 0 && n < MAX_CLIENTS; n++) {
		struct client *a = client_find((exov6_envid_t)p);
		if (a)
			return a;
		p = env_parent((exov6_envid_t)p);
	}
	return 0;
}

/* A record for env under client up (0: find it), collecting ended
 * clients but keep when the table is full. */
static struct client *client_new(exov6_envid_t env, struct client *up, const struct client *keep)
{
	for (int pass = 0; pass < 2; pass++) {
		for (int n = 0, i = slot_hint(env); n < MAX_CLIENTS; n++, i = (i + 1) % MAX_CLIENTS) {
			struct client *c = &clients[i];
			if (c->env)
				continue;
			if (!up)
				up = ancestor_client(env);
			int x = node_new(up ? up->node : -1);
			if (x < 0)
				return 0;
			c->env = env;
			c->node = (int16_t)x;
			c->attached = 0;
			c->cwd = EXT2_ROOT_INO;
			ext2_iget(c->cwd);
			memset(c->handle, 0xff, sizeof c->handle);
			return c;
		}
		collect(keep, -1);
	}
	return 0;
}

struct client *client_get(exov6_envid_t env)
{
	struct client *c = client_find(env);
	return c ? c : client_new(env, 0, 0);
}

int client_attach(struct client *c, unsigned long index, unsigned long perm)
{
	if (index >= FS_BUF_PAGES || !(perm & EXOV6_PTE_W))
		return -EINVAL;
	unsigned long va = (unsigned long)client_buf(c) + index * 4096;
	long r = exov6_sys_page_map(0, FS_WINDOW_VA, 0, va, EXOV6_PTE_W | EXOV6_PTE_NX);
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
	struct client *k = client_new(child, c, c);
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

/* A free description charged to c, or -ENFILE when the table or a share
 * on c's way up is full even after collecting ended clients. */
static int desc_alloc(struct client *c)
{
	for (int pass = 0; pass < 2; pass++) {
		int full = share_full(c->node);
		if (full < 0 && descs_used < MAX_DESCS)
			for (int i = 0; i < MAX_DESCS; i++)
				if (descs[i].refs == 0) {
					descs[i].owner = c->node;
					charge(c->node, 1);
					descs_used++;
					return i;
				}
		if (pass == 0)
			collect(c, descs_used < MAX_DESCS ? full : -1);
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
	descs[i].ino = ino;
	descs[i].refs = 1;
	descs[i].flags = flags;
	descs[i].off = 0;
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
	locks_closed(c, d->ino);        /* POSIX: any close drops the process's locks */
	if (--d->refs == 0) {
		locks_desc_gone(d);
		charge(d->owner, -1);
		descs_used--;
		ext2_iput(d->ino);
	}
	return 0;
}
