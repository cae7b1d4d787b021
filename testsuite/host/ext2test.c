/* ext2test.c - host test of the file server's ext2 core (fsserver/): an
 * image file becomes an ext2_blockdev over pread/pwrite, is mounted, and the
 * commands given after it run in order; ext2_sync() runs before exit.  The
 * DejaGnu test testsuite/exov6.fs/ext2-host.exp checks the results against
 * e2fsprogs (mke2fs -d, debugfs, e2fsck, dumpe2fs).
 *
 * Build from the top of the source tree with the command on the line that
 * follows this comment.
 *
 *   ext2test IMG COMMAND... where COMMAND is one of
 *     ls PATH | cat PATH | get PATH HOSTFILE | put HOSTFILE PATH |
 *     putat HOSTFILE PATH OFFSET | mkdir PATH | rm PATH | rmdir PATH |
 *     mv FROM TO | ln EXISTING NEW | symlink TARGET PATH | readlink PATH |
 *     truncate PATH SIZE | stat PATH | statfs | fill PATH | cycles N |
 *     model N SEED | errors | corrupt
 * Exit status 0 when every command succeeded (and every check passed).
 */
// gcc -O2 -g -Wall -Wextra -Werror -std=gnu11 -I fsserver -o build-host/host/ext2test fsserver/*.c testsuite/host/ext2test.c
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "ext2.h"
#include "ext2_fs.h"

#define CACHE_BLOCKS 4096

static int failures;

/* ---- block devices: an image file, or an image in memory ---- */

static int file_read(void *ctx, uint64_t sector, void *buf, uint32_t n)
{
	ssize_t r = pread(*(int *)ctx, buf, (size_t)n * 512, (off_t)(sector * 512));
	return r == (ssize_t)n * 512 ? 0 : -EIO;
}

static int file_write(void *ctx, uint64_t sector, const void *buf, uint32_t n)
{
	ssize_t r = pwrite(*(int *)ctx, buf, (size_t)n * 512, (off_t)(sector * 512));
	return r == (ssize_t)n * 512 ? 0 : -EIO;
}

struct memimg { uint8_t *data; uint64_t size; };

static int mem_read(void *ctx, uint64_t sector, void *buf, uint32_t n)
{
	struct memimg *m = ctx;
	if ((sector + n) * 512 > m->size)
		return -EIO;
	memcpy(buf, m->data + sector * 512, (size_t)n * 512);
	return 0;
}

static int mem_write(void *ctx, uint64_t sector, const void *buf, uint32_t n)
{
	struct memimg *m = ctx;
	if ((sector + n) * 512 > m->size)
		return -EIO;
	memcpy(m->data + sector * 512, buf, (size_t)n * 512);
	return 0;
}

static uint32_t host_now(void)
{
	return (uint32_t)time(NULL);
}

static int mount_mem(struct memimg *m)
{
	struct ext2_blockdev dev = { mem_read, mem_write, m, m->size / 512, host_now };
	return ext2_mount(&dev, 256);
}

static void check(int ok, const char *what, long got)
{
	if (ok) {
		printf("ok %s\n", what);
	} else {
		printf("FAIL %s (got %ld)\n", what, got);
		failures++;
	}
}

/* ---- simple commands ---- */

static int open_path(const char *path, int flags, uint32_t *ino)
{
	return ext2_open(EXT2_ROOT_INO, path, flags, 0644, ino);
}

static char type_char(uint32_t mode)
{
	switch (mode & EXT2_S_IFMT) {
	case EXT2_S_IFDIR: return 'd';
	case EXT2_S_IFLNK: return 'l';
	case EXT2_S_IFREG: return 'f';
	}
	return '?';
}

/* "TYPE SIZE NAME" for each entry but . and .. */
static int cmd_ls(const char *path)
{
	uint32_t dir;
	uint64_t pos = 0;
	struct ext2_dirent d;
	int r = ext2_resolve(EXT2_ROOT_INO, path, 1, &dir);
	if (r < 0)
		return r;
	while ((r = ext2_readdir(dir, &pos, &d)) == 1) {
		struct ext2_attr a;
		if (!strcmp(d.name, ".") || !strcmp(d.name, ".."))
			continue;
		if ((r = ext2_getattr(d.ino, &a)) < 0)
			return r;
		printf("%c %" PRIu64 " %s\n", type_char(a.mode), a.size, d.name);
	}
	return r;
}

static int copy_out(const char *path, FILE *out)
{
	uint32_t ino;
	static char buf[65536];
	int r = open_path(path, EXT2_O_RDONLY, &ino);
	if (r < 0)
		return r;
	long n;
	for (uint64_t off = 0; (n = ext2_read(ino, off, buf, sizeof buf)) > 0; off += (uint64_t)n)
		fwrite(buf, 1, (size_t)n, out);
	ext2_iput(ino);
	return n < 0 ? (int)n : 0;
}

static int cmd_get(const char *path, const char *host)
{
	FILE *f = fopen(host, "wb");
	if (!f)
		return -errno;
	int r = copy_out(path, f);
	fclose(f);
	return r;
}

/* Write a host file's bytes at off (put: into a truncated file). */
static int cmd_put(const char *host, const char *path, int trunc, uint64_t off)
{
	static char buf[65536];
	uint32_t ino;
	FILE *f = fopen(host, "rb");
	if (!f)
		return -errno;
	int r = open_path(path, EXT2_O_WRONLY | EXT2_O_CREAT | (trunc ? EXT2_O_TRUNC : 0), &ino);
	size_t n;
	while (r == 0 && (n = fread(buf, 1, sizeof buf, f)) > 0) {
		long w = ext2_write(ino, off, buf, n);
		if (w < 0)
			r = (int)w;
		else if ((size_t)w != n)
			r = -ENOSPC;
		off += n;
	}
	fclose(f);
	if (r == 0 || r != -ENOENT)
		ext2_iput(ino);
	return r;
}

static int cmd_truncate(const char *path, uint64_t size)
{
	uint32_t ino;
	int r = open_path(path, EXT2_O_WRONLY, &ino);
	if (r < 0)
		return r;
	r = ext2_truncate(ino, size);
	ext2_iput(ino);
	return r;
}

static int cmd_stat(const char *path)
{
	uint32_t ino;
	struct ext2_attr a;
	int r = ext2_resolve(EXT2_ROOT_INO, path, 0, &ino);
	if (r < 0 || (r = ext2_getattr(ino, &a)) < 0)
		return r;
	printf("ino %u mode %o nlink %u size %" PRIu64 " blocks %" PRIu64 " mtime %" PRId64 "\n",
	       a.ino, a.mode, a.nlink, a.size, a.blocks, a.mtime);
	return 0;
}

static int cmd_readlink(const char *path)
{
	char buf[4096];
	long n = ext2_readlink(EXT2_ROOT_INO, path, buf, sizeof buf);
	if (n < 0)
		return (int)n;
	printf("%.*s\n", (int)n, buf);
	return 0;
}

static void get_free(uint64_t *blocks, uint64_t *inodes)
{
	struct ext2_statfs s;
	ext2_statfs(&s);
	*blocks = s.free_blocks;
	*inodes = s.free_inodes;
}

static int cmd_statfs(void)
{
	struct ext2_statfs s;
	int r = ext2_statfs(&s);
	if (r == 0)
		printf("statfs: bsize %u blocks %" PRIu64 " free %" PRIu64 " avail %" PRIu64
		       " inodes %" PRIu64 " ifree %" PRIu64 "\n", s.block_size, s.blocks,
		       s.free_blocks, s.avail_blocks, s.inodes, s.free_inodes);
	return r;
}

/* Write until the disk is full; prints the bytes written. */
static int cmd_fill(const char *path)
{
	static char buf[65536];
	uint32_t ino;
	uint64_t off = 0;
	long n;
	int r = open_path(path, EXT2_O_WRONLY | EXT2_O_CREAT | EXT2_O_TRUNC, &ino);
	if (r < 0)
		return r;
	memset(buf, 0x5a, sizeof buf);
	while ((n = ext2_write(ino, off, buf, sizeof buf)) > 0)
		off += (uint64_t)n;
	ext2_iput(ino);
	printf("fill: %" PRIu64 " bytes\n", off);
	return n == -ENOSPC ? 0 : (int)n;
}

static int cmd_cycles(long n)
{
	static char buf[5000];
	uint64_t b0, i0, b1, i1;
	get_free(&b0, &i0);
	for (long i = 0; i < n; i++) {
		uint32_t ino;
		char name[64];
		snprintf(name, sizeof name, "/cycle-%ld", i % 7);
		memset(buf, (int)i, sizeof buf);
		int r = open_path(name, EXT2_O_RDWR | EXT2_O_CREAT | EXT2_O_EXCL, &ino);
		if (r < 0)
			return r;
		long w = ext2_write(ino, (uint64_t)(i % 3) * 3000, buf, (size_t)(i % 5000) + 1);
		ext2_iput(ino);
		if (w < 0)
			return (int)w;
		if ((r = ext2_unlink(EXT2_ROOT_INO, name)) < 0)
			return r;
	}
	get_free(&b1, &i1);
	printf("cycles: %ld, free blocks %" PRIu64 " -> %" PRIu64 ", free inodes %" PRIu64
	       " -> %" PRIu64 "\n", n, b0, b1, i0, i1);
	return 0;
}

/* ---- the model test: random operations mirrored in memory ---- */

#define MAXNODES 400
#define MAXPATH 200

struct node {
	int type;                       /* 0 unused, 1 file, 2 directory */
	char path[MAXPATH];
	uint8_t *data;
	size_t size;
};
static struct node nodes[MAXNODES];
static uint64_t rng;
static long mismatches;

static uint32_t rnd(uint32_t n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return n ? (uint32_t)(rng % n) : 0;
}

static void mismatch(const char *what, const char *path, long got, long want)
{
	mismatches++;
	fprintf(stderr, "model mismatch: %s %s: got %ld want %ld\n", what, path, got, want);
}

static struct node *pick(int type)
{
	int idx[MAXNODES], n = 0;
	for (int i = 0; i < MAXNODES; i++)
		if (nodes[i].type == type)
			idx[n++] = i;
	return n ? &nodes[idx[rnd((uint32_t)n)]] : NULL;
}

static struct node *new_node(void)
{
	for (int i = 0; i < MAXNODES; i++)
		if (!nodes[i].type)
			return &nodes[i];
	return NULL;
}

static int is_child(const char *parent, const char *path)
{
	size_t n = strlen(parent);
	return !strncmp(parent, path, n) && path[n] == '/' && !strchr(path + n + 1, '/');
}

static int is_below(const char *parent, const char *path)
{
	size_t n = strlen(parent);
	return !strncmp(parent, path, n) && path[n] == '/';
}

/* dst = a followed by b (the callers keep it below MAXPATH) */
static void path_set(char *dst, const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	if (la >= MAXPATH)
		la = MAXPATH - 1;
	if (la + lb >= MAXPATH)
		lb = MAXPATH - 1 - la;
	memmove(dst, a, la);
	memcpy(dst + la, b, lb);
	dst[la + lb] = 0;
}

/* dst = dir/<prefix><number> */
static void path_new(char *dst, const char *dir, char prefix, uint32_t number)
{
	char name[16];
	snprintf(name, sizeof name, "/%c%u", prefix, number);
	path_set(dst, dir, name);
}

static void fill_random(uint8_t *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		p[i] = (uint8_t)rnd(256);
}

static void verify_file(struct node *f)
{
	uint32_t ino;
	struct ext2_attr a;
	int r = open_path(f->path, EXT2_O_RDONLY, &ino);
	if (r < 0) {
		mismatch("open", f->path, r, 0);
		return;
	}
	uint8_t *buf = malloc(f->size + 100);
	long n = ext2_read(ino, 0, buf, f->size + 100);
	if (n != (long)f->size)
		mismatch("read length", f->path, n, (long)f->size);
	else if (f->size && memcmp(buf, f->data, f->size))
		mismatch("read contents", f->path, 1, 0);
	if (ext2_getattr(ino, &a) < 0 || a.size != f->size || (a.mode & EXT2_S_IFMT) != EXT2_S_IFREG ||
	    a.nlink != 1)
		mismatch("stat", f->path, (long)a.size, (long)f->size);
	free(buf);
	ext2_iput(ino);
}

static void verify_dir(struct node *d)
{
	uint32_t ino;
	uint64_t pos = 0;
	struct ext2_dirent e;
	struct ext2_attr a;
	int want = 0, seen = 0, subdirs = 0, r;
	for (int i = 0; i < MAXNODES; i++)
		if (nodes[i].type && is_child(d->path, nodes[i].path)) {
			want++;
			subdirs += nodes[i].type == 2;
		}
	if ((r = ext2_resolve(EXT2_ROOT_INO, d->path, 1, &ino)) < 0) {
		mismatch("resolve dir", d->path, r, 0);
		return;
	}
	while ((r = ext2_readdir(ino, &pos, &e)) == 1) {
		if (!strcmp(e.name, ".") || !strcmp(e.name, ".."))
			continue;
		char path[MAXPATH + 260];
		snprintf(path, sizeof path, "%s/%s", d->path, e.name);
		int found = 0;
		for (int i = 0; i < MAXNODES; i++)
			if (nodes[i].type && !strcmp(nodes[i].path, path))
				found = (e.type == 4) == (nodes[i].type == 2);
		if (!found)
			mismatch("unexpected entry", path, e.type, 0);
		seen++;
	}
	if (r < 0 || seen != want)
		mismatch("readdir count", d->path, r < 0 ? r : seen, want);
	if (ext2_getattr(ino, &a) < 0 || a.nlink != (uint32_t)(2 + subdirs))
		mismatch("dir nlink", d->path, (long)a.nlink, 2 + subdirs);
}

static void model_op(uint32_t *counter)
{
	struct node *f, *d, *n;
	uint32_t ino;
	int r;
	char path[MAXPATH];
	switch (rnd(11)) {
	case 0:                         /* create a file */
	case 1:
		if (!(d = pick(2)) || strlen(d->path) > MAXPATH - 20 || !(n = new_node()))
			return;
		path_new(n->path, d->path, 'f', (*counter)++);
		n->size = rnd(3) == 0 ? rnd(70000) : rnd(3000);
		n->data = malloc(n->size + 1);
		fill_random(n->data, n->size);
		r = open_path(n->path, EXT2_O_RDWR | EXT2_O_CREAT | EXT2_O_EXCL, &ino);
		if (r < 0) {
			mismatch("create", n->path, r, 0);
			free(n->data);
			return;
		}
		n->type = 1;
		if (ext2_write(ino, 0, n->data, n->size) != (long)n->size)
			mismatch("write", n->path, 0, (long)n->size);
		ext2_iput(ino);
		return;
	case 2: {                       /* write somewhere, maybe past the end */
		if (!(f = pick(1)))
			return;
		size_t off = rnd((uint32_t)f->size + 20000), len = rnd(9000);
		if (off + len > f->size) {
			f->data = realloc(f->data, off + len + 1);
			if (off > f->size)
				memset(f->data + f->size, 0, off - f->size);
			f->size = off + len;
		}
		fill_random(f->data + off, len);
		if ((r = open_path(f->path, EXT2_O_WRONLY, &ino)) < 0) {
			mismatch("open for write", f->path, r, 0);
			return;
		}
		if (ext2_write(ino, off, f->data + off, len) != (long)len)
			mismatch("write", f->path, 0, (long)len);
		ext2_iput(ino);
		return;
	}
	case 3: {                       /* truncate */
		if (!(f = pick(1)))
			return;
		size_t size = rnd((uint32_t)f->size + 30000);
		f->data = realloc(f->data, size + 1);
		if (size > f->size)
			memset(f->data + f->size, 0, size - f->size);
		f->size = size;
		if ((r = cmd_truncate(f->path, size)) < 0)
			mismatch("truncate", f->path, r, 0);
		return;
	}
	case 4:                         /* read and compare */
		if ((f = pick(1)))
			verify_file(f);
		return;
	case 5:                         /* unlink */
		if (!(f = pick(1)))
			return;
		if ((r = ext2_unlink(EXT2_ROOT_INO, f->path)) < 0)
			mismatch("unlink", f->path, r, 0);
		free(f->data);
		f->type = 0;
		return;
	case 6:                         /* mkdir */
		if (!(d = pick(2)) || strlen(d->path) > MAXPATH - 40 || !(n = new_node()))
			return;
		path_new(n->path, d->path, 'd', (*counter)++);
		if ((r = ext2_mkdir(EXT2_ROOT_INO, n->path, 0755)) < 0)
			mismatch("mkdir", n->path, r, 0);
		else
			n->type = 2;
		return;
	case 7: {                       /* rmdir: ENOTEMPTY unless empty */
		if (!(d = pick(2)) || d == &nodes[0])
			return;
		int empty = 1;
		for (int i = 0; i < MAXNODES; i++)
			if (nodes[i].type && is_below(d->path, nodes[i].path))
				empty = 0;
		r = ext2_rmdir(EXT2_ROOT_INO, d->path);
		if (r != (empty ? 0 : -ENOTEMPTY))
			mismatch("rmdir", d->path, r, empty ? 0 : -ENOTEMPTY);
		if (r == 0)
			d->type = 0;
		return;
	}
	case 8: {                       /* rename a file: new name or over a file */
		if (!(f = pick(1)) || !(d = pick(2)) || strlen(d->path) > MAXPATH - 20)
			return;
		struct node *victim = rnd(2) ? pick(1) : NULL;
		if (victim == f)
			return;
		if (victim)
			path_set(path, victim->path, "");
		else
			path_new(path, d->path, 'r', (*counter)++);
		if ((r = ext2_rename(EXT2_ROOT_INO, f->path, path)) < 0) {
			mismatch("rename", f->path, r, 0);
			return;
		}
		if (victim) {
			free(victim->data);
			victim->type = 0;
		}
		path_set(f->path, path, "");
		return;
	}
	case 9: {                       /* rename a directory */
		if (!(n = pick(2)) || n == &nodes[0] || !(d = pick(2)))
			return;
		path_new(path, d->path, 'm', (*counter)++);
		int deepest = 0;
		for (int i = 0; i < MAXNODES; i++)
			if (nodes[i].type && is_below(n->path, nodes[i].path) &&
			    (int)(strlen(nodes[i].path) - strlen(n->path)) > deepest)
				deepest = (int)(strlen(nodes[i].path) - strlen(n->path));
		if (strlen(path) + (size_t)deepest >= MAXPATH)
			return;
		int into_self = d == n || is_below(n->path, d->path);
		r = ext2_rename(EXT2_ROOT_INO, n->path, path);
		if (r != (into_self ? -EINVAL : 0)) {
			mismatch("rename dir", n->path, r, into_self ? -EINVAL : 0);
			return;
		}
		if (r)
			return;
		char old[MAXPATH];
		path_set(old, n->path, "");
		size_t ol = strlen(old);
		for (int i = 0; i < MAXNODES; i++)
			if (nodes[i].type && (&nodes[i] == n || is_below(old, nodes[i].path))) {
				char rest[MAXPATH];
				path_set(rest, nodes[i].path + ol, "");
				path_set(nodes[i].path, path, rest);
			}
		return;
	}
	default:                        /* readdir and link counts */
		if ((d = pick(2)))
			verify_dir(d);
		return;
	}
}

static int cmd_model(long nops, uint64_t seed)
{
	uint32_t counter = 0;
	rng = seed * 2654435761u + 88172645463325252ull;
	memset(nodes, 0, sizeof nodes);
	nodes[0].type = 2;
	snprintf(nodes[0].path, MAXPATH, "/model-%" PRIu64, seed);
	int r = ext2_mkdir(EXT2_ROOT_INO, nodes[0].path, 0755);
	if (r < 0)
		return r;
	mismatches = 0;
	for (long i = 0; i < nops; i++)
		model_op(&counter);
	for (int i = 0; i < MAXNODES; i++) {
		if (nodes[i].type == 1)
			verify_file(&nodes[i]);
		else if (nodes[i].type == 2)
			verify_dir(&nodes[i]);
	}
	printf("model: %ld ops, %ld mismatches\n", nops, mismatches);
	return 0;
}

/* ---- expected errors ---- */

static void expect_true(int ok, const char *what)
{
	check(ok, what, ok);
}

static void expect(int got, int want, const char *what)
{
	char text[200];
	snprintf(text, sizeof text, "%s gives %d", what, want);
	check(got == want, text, got);
}

static int make_file(const char *path, const char *text)
{
	uint32_t ino;
	int r = open_path(path, EXT2_O_WRONLY | EXT2_O_CREAT | EXT2_O_TRUNC, &ino);
	if (r < 0)
		return r;
	long n = ext2_write(ino, 0, text, strlen(text));
	ext2_iput(ino);
	return n < 0 ? (int)n : 0;
}

static int cmd_errors(void)
{
	uint32_t ino, ino2;
	char buf[64], longname[300], *longpath = malloc(5000);
	struct ext2_attr a;
	int r;
	if ((r = ext2_mkdir(EXT2_ROOT_INO, "/e", 0755)) < 0)
		return r;
	ext2_mkdir(EXT2_ROOT_INO, "/e/d", 0755);
	ext2_mkdir(EXT2_ROOT_INO, "/e/full", 0755);
	ext2_mkdir(EXT2_ROOT_INO, "/e/full/sub", 0755);
	ext2_mkdir(EXT2_ROOT_INO, "/e/empty", 0755);
	make_file("/e/f", "hello");
	make_file("/e/g", "world");

	expect(open_path("/e/nothere", EXT2_O_RDONLY, &ino), -ENOENT, "open of a missing file");
	expect(ext2_unlink(EXT2_ROOT_INO, "/e/nothere"), -ENOENT, "unlink of a missing file");
	expect(ext2_mkdir(EXT2_ROOT_INO, "/e/nothere/x", 0755), -ENOENT, "mkdir under a missing dir");
	expect(ext2_mkdir(EXT2_ROOT_INO, "/e/d", 0755), -EEXIST, "mkdir of an existing dir");
	expect(ext2_mkdir(EXT2_ROOT_INO, "/e/f", 0755), -EEXIST, "mkdir over a file");
	expect(open_path("/e/f", EXT2_O_RDWR | EXT2_O_CREAT | EXT2_O_EXCL, &ino), -EEXIST, "O_CREAT|O_EXCL on a file");
	expect(ext2_link(EXT2_ROOT_INO, "/e/f", "/e/g"), -EEXIST, "link over a file");
	expect(ext2_symlink(EXT2_ROOT_INO, "x", "/e/g"), -EEXIST, "symlink over a file");
	expect(open_path("/e/f/x", EXT2_O_RDONLY, &ino), -ENOTDIR, "open below a file");
	expect(ext2_mkdir(EXT2_ROOT_INO, "/e/f/x", 0755), -ENOTDIR, "mkdir below a file");
	expect(open_path("/e/f/", EXT2_O_RDONLY, &ino), -ENOTDIR, "open of a file with a trailing slash");
	expect(ext2_rmdir(EXT2_ROOT_INO, "/e/f"), -ENOTDIR, "rmdir of a file");
	expect(open_path("/e/f", EXT2_O_RDONLY | EXT2_O_DIRECTORY, &ino), -ENOTDIR, "O_DIRECTORY on a file");
	expect(ext2_unlink(EXT2_ROOT_INO, "/e/d"), -EISDIR, "unlink of a dir");
	expect(open_path("/e/d", EXT2_O_WRONLY, &ino), -EISDIR, "open of a dir for writing");
	expect(ext2_rmdir(EXT2_ROOT_INO, "/e/full"), -ENOTEMPTY, "rmdir of a non-empty dir");
	expect(ext2_rename(EXT2_ROOT_INO, "/e/d", "/e/full"), -ENOTEMPTY, "rename of a dir over a non-empty dir");
	expect(ext2_rename(EXT2_ROOT_INO, "/e/d", "/e/f"), -ENOTDIR, "rename of a dir over a file");
	expect(ext2_rename(EXT2_ROOT_INO, "/e/f", "/e/d"), -EISDIR, "rename of a file over a dir");
	expect(ext2_rename(EXT2_ROOT_INO, "/e/full", "/e/full/sub/x"), -EINVAL, "rename of a dir into itself");
	expect(ext2_rename(EXT2_ROOT_INO, "/e/full", "/e/full/x"), -EINVAL, "rename of a dir into its own child");
	expect(ext2_rmdir(EXT2_ROOT_INO, "/e/d/."), -EINVAL, "rmdir of .");
	expect(ext2_rmdir(EXT2_ROOT_INO, "/e/d/.."), -ENOTEMPTY, "rmdir of ..");
	expect(ext2_rmdir(EXT2_ROOT_INO, "/"), -EBUSY, "rmdir of /");
	expect(ext2_readlink(EXT2_ROOT_INO, "/e/f", buf, sizeof buf), -EINVAL, "readlink of a file");
	expect(ext2_link(EXT2_ROOT_INO, "/e/d", "/e/dlink"), -EPERM, "link of a dir");
	memset(longname, 'n', 256);
	longname[256] = 0;
	snprintf(longpath, 5000, "/e/%s", longname);
	expect(open_path(longpath, EXT2_O_RDWR | EXT2_O_CREAT, &ino), -ENAMETOOLONG, "create with a 256-byte name");
	expect(ext2_mkdir(EXT2_ROOT_INO, longpath, 0755), -ENAMETOOLONG, "mkdir with a 256-byte name");
	longpath[3 + 255] = 0;
	expect(open_path(longpath, EXT2_O_RDWR | EXT2_O_CREAT, &ino), 0, "create with a 255-byte name");
	ext2_iput(ino);
	expect(ext2_unlink(EXT2_ROOT_INO, longpath), 0, "unlink with a 255-byte name");
	for (int i = 0; i < 4999; i++)
		longpath[i] = i % 2 ? '/' : 'a';
	longpath[4999] = 0;
	expect(open_path(longpath, EXT2_O_RDONLY, &ino), -ENAMETOOLONG, "open of a 4999-byte path");
	ext2_symlink(EXT2_ROOT_INO, "/e/loop2", "/e/loop1");
	ext2_symlink(EXT2_ROOT_INO, "/e/loop1", "/e/loop2");
	expect(open_path("/e/loop1", EXT2_O_RDONLY, &ino), -ELOOP, "open of a symlink loop");
	expect(open_path("/e/loop1/x", EXT2_O_RDONLY, &ino), -ELOOP, "path through a symlink loop");
	/* a chain of 40 links resolves, 41 do not */
	ext2_symlink(EXT2_ROOT_INO, "f", "/e/c0");
	for (int i = 1; i <= 41; i++) {
		char from[32], to[32];
		snprintf(from, sizeof from, "c%d", i - 1);
		snprintf(to, sizeof to, "/e/c%d", i);
		ext2_symlink(EXT2_ROOT_INO, from, to);
	}
	expect(ext2_resolve(EXT2_ROOT_INO, "/e/c39", 1, &ino), 0, "a chain of 40 symlinks");
	expect(ext2_resolve(EXT2_ROOT_INO, "/e/c40", 1, &ino), -ELOOP, "a chain of 41 symlinks");
	expect(open_path("/e/c0", EXT2_O_RDONLY | EXT2_O_NOFOLLOW, &ino), -ELOOP, "O_NOFOLLOW on a symlink");
	expect(ext2_symlink(EXT2_ROOT_INO, "", "/e/empty-link"), -ENOENT, "symlink with an empty target");
	expect(open_path("", EXT2_O_RDONLY, &ino), -ENOENT, "open of an empty path");

	/* what must work */
	expect(ext2_link(EXT2_ROOT_INO, "/e/f", "/e/f2"), 0, "link of a file");
	expect(ext2_rename(EXT2_ROOT_INO, "/e/f", "/e/f2"), 0, "rename onto a hard link of itself");
	expect_true(ext2_resolve(EXT2_ROOT_INO, "/e/f", 1, &ino) == 0 &&
	       ext2_resolve(EXT2_ROOT_INO, "/e/f2", 1, &ino2) == 0 && ino == ino2, "both names stay after that rename");
	expect_true(ext2_getattr(ino, &a) == 0 && a.nlink == 2, "a hard-linked file has 2 links");
	expect(ext2_rename(EXT2_ROOT_INO, "/e/d", "/e/empty"), 0, "rename of a dir over an empty dir");
	expect(ext2_rename(EXT2_ROOT_INO, "/e/empty", "/e/full/sub/moved"), 0, "rename of a dir into another dir");
	expect_true(ext2_resolve(EXT2_ROOT_INO, "/e/full/sub/moved/../../..", 1, &ino) == 0 &&
	       ext2_resolve(EXT2_ROOT_INO, "/e", 1, &ino2) == 0 && ino == ino2, ".. of a moved dir");
	expect_true(ext2_getattr(ino2, &a) == 0 && a.nlink == 3, "link count of /e after the moves");
	expect_true(ext2_resolve(EXT2_ROOT_INO, "/e/full/sub", 1, &ino) == 0 &&
	       ext2_getattr(ino, &a) == 0 && a.nlink == 3, "link count of the new parent");
	expect(ext2_rmdir(EXT2_ROOT_INO, "/e/full/sub/moved"), 0, "rmdir of an empty dir");
	expect_true(ext2_getattr(ino, &a) == 0 && a.nlink == 2, "parent link count after rmdir");

	/* an unlinked file lives while referenced */
	uint64_t b0, i0, b1, i1;
	char data[20000];
	memset(data, 'q', sizeof data);
	get_free(&b0, &i0);
	r = open_path("/e/open", EXT2_O_RDWR | EXT2_O_CREAT, &ino);
	ext2_write(ino, 0, data, sizeof data);
	ext2_unlink(EXT2_ROOT_INO, "/e/open");
	expect(ext2_resolve(EXT2_ROOT_INO, "/e/open", 1, &ino2), -ENOENT, "an unlinked file has no name");
	expect_true(ext2_read(ino, 0, buf, 10) == 10 && buf[9] == 'q', "an unlinked open file is readable");
	ext2_iput(ino);
	get_free(&b1, &i1);
	expect_true(b0 == b1 && i0 == i1, "its blocks and inode are freed on the last put");
	r = open_path("/e/d2", EXT2_O_RDONLY, &ino);
	expect_true(ext2_mkdir(EXT2_ROOT_INO, "/e/d2", 0755) == 0 &&
	       ext2_resolve(EXT2_ROOT_INO, "/e/d2", 1, &ino) == 0 && ext2_truncate(ino, 0) == -EISDIR, "truncate of a dir gives EISDIR");
	free(longpath);
	return 0;
}

/* ---- corruption: every damaged image fails cleanly ---- */

/* Where inode ino lies in image m. */
static uint8_t *inode_at(struct memimg *m, uint32_t ino)
{
	struct ext2_super *sb = (void *)(m->data + 1024);
	uint32_t bs = 1024u << sb->s_log_block_size;
	uint32_t g = (ino - 1) / sb->s_inodes_per_group;
	struct ext2_group *gd = (void *)(m->data + (uint64_t)(sb->s_first_data_block + 1) * bs +
					 g * sizeof(struct ext2_group));
	uint32_t isz = sb->s_rev_level ? sb->s_inode_size : 128;
	return m->data + (uint64_t)gd->bg_inode_table * bs +
	       (uint64_t)((ino - 1) % sb->s_inodes_per_group) * isz;
}

static uint32_t block_size_of(struct memimg *m)
{
	return 1024u << ((struct ext2_super *)(m->data + 1024))->s_log_block_size;
}

/* Reads everything reachable from dir (depth-bounded); errors are fine. */
static void walk_all(uint32_t dir, int depth)
{
	uint64_t pos = 0;
	struct ext2_dirent d;
	static char buf[8192];
	int n = 0;
	while (ext2_readdir(dir, &pos, &d) == 1 && n++ < 5000) {
		struct ext2_attr a;
		if (!strcmp(d.name, ".") || !strcmp(d.name, "..") || ext2_getattr(d.ino, &a) < 0)
			continue;
		if ((a.mode & EXT2_S_IFMT) == EXT2_S_IFDIR && depth < 6)
			walk_all(d.ino, depth + 1);
		else if ((a.mode & EXT2_S_IFMT) == EXT2_S_IFREG)
			for (uint64_t off = 0; off < a.size && off < (1u << 20); off += sizeof buf)
				if (ext2_read(d.ino, off, buf, sizeof buf) <= 0)
					break;
	}
}

static int cmd_corrupt(int fd)
{
	struct stat st;
	if (fstat(fd, &st) < 0)
		return -errno;
	struct memimg orig = { malloc((size_t)st.st_size), (uint64_t)st.st_size };
	struct memimg m = { malloc((size_t)st.st_size), (uint64_t)st.st_size };
	if (pread(fd, orig.data, (size_t)st.st_size, 0) != st.st_size)
		return -EIO;
	uint32_t ino, bs = block_size_of(&orig);
	struct ext2_super *sb = (void *)(m.data + 1024);
	char buf[4096];
	int r;

	/* a file with an indirect block to damage, made on a clean copy */
	memcpy(m.data, orig.data, m.size);
	static char big[300 * 1024];
	memset(big, 7, sizeof big);
	if ((r = mount_mem(&m)) < 0 || (r = open_path("/corrupt-me", EXT2_O_RDWR | EXT2_O_CREAT, &ino)) < 0)
		return r;
	ext2_write(ino, 0, big, sizeof big);
	ext2_iput(ino);
	ext2_mkdir(EXT2_ROOT_INO, "/corrupt-dir", 0755);
	ext2_sync();
	memcpy(orig.data, m.data, m.size);
	uint32_t dirino;
	ext2_resolve(EXT2_ROOT_INO, "/corrupt-dir", 1, &dirino);

	uint64_t seed = 12345;
	for (uint64_t i = 0; i < m.size; i++) {
		seed = seed * 6364136223846793005ull + 1442695040888963407ull;
		m.data[i] = (uint8_t)(seed >> 56);
	}
	r = mount_mem(&m);
	expect_true(r == -EINVAL || r == -EIO, "a garbage image does not mount");

	memcpy(m.data, orig.data, m.size);
	sb->s_magic = 0x1234;
	expect(mount_mem(&m), -EINVAL, "bad magic");

	memcpy(m.data, orig.data, m.size);
	sb->s_feature_incompat |= 0x40;         /* extents */
	expect(mount_mem(&m), -EINVAL, "an unknown incompat feature");

	memcpy(m.data, orig.data, m.size);
	sb->s_log_block_size = 7;
	expect(mount_mem(&m), -EINVAL, "a block size of 128 KiB");

	memcpy(m.data, orig.data, m.size);
	sb->s_blocks_count *= 4;
	expect(mount_mem(&m), -EINVAL, "more blocks than the device");

	memcpy(m.data, orig.data, m.size);
	((struct ext2_group *)(m.data + (uint64_t)(sb->s_first_data_block + 1) * bs))->bg_inode_table = 0xfffffff0;
	expect(mount_mem(&m), -EIO, "an inode table out of range");

	memcpy(m.data, orig.data, m.size);
	struct ext2_inode *root = (void *)inode_at(&m, EXT2_ROOT_INO);
	root->i_block[0] = 0xfffffff0;
	r = mount_mem(&m);
	expect(r == 0 ? ext2_resolve(EXT2_ROOT_INO, "/corrupt-me", 1, &ino) : r, -EIO,
	       "a directory block number out of range");

	memcpy(m.data, orig.data, m.size);
	struct ext2_inode *dino = (void *)inode_at(&m, dirino);
	struct ext2_dirent_disk *de = (void *)(m.data + (uint64_t)dino->i_block[0] * bs);
	de->rec_len = 0;
	uint64_t pos = 0;
	struct ext2_dirent d;
	r = mount_mem(&m);
	expect(r == 0 ? ext2_readdir(dirino, &pos, &d) : r, -EIO, "a directory entry with rec_len 0");

	memcpy(m.data, orig.data, m.size);
	de->rec_len = (uint16_t)(bs + 12);
	pos = 0;
	r = mount_mem(&m);
	expect(r == 0 ? ext2_readdir(dirino, &pos, &d) : r, -EIO, "a directory entry past its block");

	memcpy(m.data, orig.data, m.size);
	de->name_len = 200;
	r = mount_mem(&m);
	expect(r == 0 ? ext2_mkdir(EXT2_ROOT_INO, "/corrupt-dir/x", 0755) : r, -EIO,
	       "a directory entry name longer than its record");

	memcpy(m.data, orig.data, m.size);
	r = mount_mem(&m);
	ext2_resolve(EXT2_ROOT_INO, "/corrupt-me", 1, &ino);
	struct ext2_inode *fino = (void *)inode_at(&m, ino);
	fino->i_block[EXT2_IND_BLOCK] = sb->s_blocks_count + 5;
	r = mount_mem(&m);
	expect(r == 0 ? ext2_read(ino, 20 * (uint64_t)bs, buf, 100) : r, -EIO,
	       "an indirect block number out of range");
	expect(r == 0 ? ext2_truncate(ino, 0) : r, -EIO, "truncating through that indirect block");

	memcpy(m.data, orig.data, m.size);
	fino->i_block[EXT2_DIND_BLOCK] = 0x7fffffff;
	fino->i_size = (12 + bs / 4 + 5) * bs;
	r = mount_mem(&m);
	expect(r == 0 ? ext2_read(ino, (12 + bs / 4 + 3) * (uint64_t)bs, buf, 100) : r, -EIO,
	       "a double indirect block number out of range");

	/* random damage in the metadata and directories: no crash, no hang */
	uint32_t meta = (uint32_t)(m.size / bs < 600 ? m.size / bs : 600);
	int mounted = 0;
	for (int iter = 0; iter < 300; iter++) {
		memcpy(m.data, orig.data, m.size);
		for (int k = 0; k < 40; k++) {
			seed = seed * 6364136223846793005ull + 1442695040888963407ull;
			uint64_t off = (seed >> 20) % ((uint64_t)meta * bs);
			if (k == 0)
				off = (uint64_t)dino->i_block[0] * bs + (seed >> 8) % 64;
			m.data[off] ^= (uint8_t)(1u << ((seed >> 8) & 7));
		}
		if (mount_mem(&m) < 0)
			continue;
		mounted++;
		walk_all(EXT2_ROOT_INO, 0);
		ext2_mkdir(EXT2_ROOT_INO, "/fuzz-dir", 0755);
		if (open_path("/fuzz-file", EXT2_O_RDWR | EXT2_O_CREAT, &ino) == 0) {
			ext2_write(ino, 0, big, sizeof big);
			ext2_truncate(ino, 1000);
			ext2_iput(ino);
		}
		ext2_rename(EXT2_ROOT_INO, "/fuzz-dir", "/corrupt-dir/fuzz");
		ext2_unlink(EXT2_ROOT_INO, "/corrupt-me");
		ext2_sync();
	}
	printf("ok 300 randomly damaged images (%d mounted) handled without a crash\n", mounted);
	free(orig.data);
	free(m.data);
	return 0;
}

/* ---- main ---- */

static const struct { const char *name; int nargs; } commands[] = {
	{ "ls", 1 }, { "cat", 1 }, { "get", 2 }, { "put", 2 }, { "putat", 3 },
	{ "mkdir", 1 }, { "rm", 1 }, { "rmdir", 1 }, { "mv", 2 }, { "ln", 2 },
	{ "symlink", 2 }, { "readlink", 1 }, { "truncate", 2 }, { "stat", 1 },
	{ "statfs", 0 }, { "fill", 1 }, { "cycles", 1 }, { "model", 2 },
	{ "errors", 0 }, { "corrupt", 0 },
};

static int run(const char *cmd, char **a)
{
	if (!strcmp(cmd, "ls")) return cmd_ls(a[0]);
	if (!strcmp(cmd, "cat")) return copy_out(a[0], stdout);
	if (!strcmp(cmd, "get")) return cmd_get(a[0], a[1]);
	if (!strcmp(cmd, "put")) return cmd_put(a[0], a[1], 1, 0);
	if (!strcmp(cmd, "putat")) return cmd_put(a[0], a[1], 0, strtoull(a[2], NULL, 0));
	if (!strcmp(cmd, "mkdir")) return ext2_mkdir(EXT2_ROOT_INO, a[0], 0755);
	if (!strcmp(cmd, "rm")) return ext2_unlink(EXT2_ROOT_INO, a[0]);
	if (!strcmp(cmd, "rmdir")) return ext2_rmdir(EXT2_ROOT_INO, a[0]);
	if (!strcmp(cmd, "mv")) return ext2_rename(EXT2_ROOT_INO, a[0], a[1]);
	if (!strcmp(cmd, "ln")) return ext2_link(EXT2_ROOT_INO, a[0], a[1]);
	if (!strcmp(cmd, "symlink")) return ext2_symlink(EXT2_ROOT_INO, a[0], a[1]);
	if (!strcmp(cmd, "readlink")) return cmd_readlink(a[0]);
	if (!strcmp(cmd, "truncate")) return cmd_truncate(a[0], strtoull(a[1], NULL, 0));
	if (!strcmp(cmd, "stat")) return cmd_stat(a[0]);
	if (!strcmp(cmd, "statfs")) return cmd_statfs();
	if (!strcmp(cmd, "fill")) return cmd_fill(a[0]);
	if (!strcmp(cmd, "cycles")) return cmd_cycles(strtol(a[0], NULL, 0));
	if (!strcmp(cmd, "model")) return cmd_model(strtol(a[0], NULL, 0), strtoull(a[1], NULL, 0));
	return cmd_errors();
}

int main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: ext2test IMG COMMAND...\n");
		return 2;
	}
	int fd = open(argv[1], O_RDWR);
	if (fd < 0) {
		perror(argv[1]);
		return 2;
	}
	struct stat st;
	fstat(fd, &st);
	struct ext2_blockdev dev = { file_read, file_write, &fd, (uint64_t)st.st_size / 512, host_now };
	int r = ext2_mount(&dev, CACHE_BLOCKS);
	if (r < 0) {
		fprintf(stderr, "ext2test: mount: %s\n", strerror(-r));
		return 1;
	}
	int status = 0;
	for (int i = 2; i < argc; ) {
		size_t c;
		for (c = 0; c < sizeof commands / sizeof commands[0]; c++)
			if (!strcmp(argv[i], commands[c].name))
				break;
		if (c == sizeof commands / sizeof commands[0] || i + commands[c].nargs >= argc) {
			fprintf(stderr, "ext2test: bad command at '%s'\n", argv[i]);
			status = 2;
			break;
		}
		if (!strcmp(argv[i], "corrupt")) {
			/* works on copies in memory; the image is mounted again */
			if ((r = ext2_sync()) == 0 && (r = cmd_corrupt(fd)) == 0)
				r = ext2_mount(&dev, CACHE_BLOCKS);
		} else {
			r = run(argv[i], argv + i + 1);
		}
		if (r < 0) {
			fprintf(stderr, "ext2test: %s: %s\n", argv[i], strerror(-r));
			status = 1;
		}
		i += 1 + commands[c].nargs;
	}
	r = ext2_sync();
	if (r < 0) {
		fprintf(stderr, "ext2test: sync: %s\n", strerror(-r));
		status = 1;
	}
	return status || failures ? 1 : 0;
}
