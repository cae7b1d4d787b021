/* requests.c - the file server's request dispatch: checks every argument a
 * client sends (handles, lengths, offsets, NUL-terminated paths inside the
 * buffer) and maps each request onto the ext2 core. */
#include <exov6/errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <time.h>
#include <unistd.h>
#include "ext2.h"
#include "locks.h"
#include "requests.h"

#define SETFL_MASK (O_APPEND | O_NONBLOCK)
#define OFF_MAX 0x7fffffffffffffffull

/* Copy the NUL-terminated path at `off` of the buffer into out. */
static int get_path(const struct client *c, unsigned long off, char *out)
{
	const char *p = client_buf(c) + off;
	const char *nul = memchr(p, 0, FS_PATH_MAX);
	if (!nul)
		return -ENAMETOOLONG;
	memcpy(out, p, (size_t)(nul - p));
	out[nul - p] = 0;       /* the client may have moved its NUL meanwhile */
	return 0;
}

static void fill_stat(const struct ext2_attr *a, struct stat *st)
{
	memset(st, 0, sizeof *st);
	st->st_dev = 1;
	st->st_ino = a->ino;
	st->st_nlink = a->nlink;
	st->st_mode = a->mode;
	st->st_uid = a->uid;
	st->st_gid = a->gid;
	st->st_size = (off_t)a->size;
	st->st_blksize = a->blksize;
	st->st_blocks = (blkcnt_t)a->blocks;
	st->st_atim.tv_sec = a->atime;
	st->st_mtim.tv_sec = a->mtime;
	st->st_ctim.tv_sec = a->ctime;
}

static long do_stat(struct client *c, uint32_t ino)
{
	struct ext2_attr a;
	int r = ext2_getattr(ino, &a);
	if (r)
		return r;
	fill_stat(&a, (struct stat *)client_buf(c));
	return 0;
}

static long do_open(struct client *c, const char *path, unsigned long flags, unsigned long mode)
{
	uint32_t ino;
	int r = ext2_open(c->cwd, path, (int)flags, (uint32_t)mode & 07777, &ino);
	if (r)
		return r;
	long h = handle_new(c, ino, (int)(flags & (O_ACCMODE | SETFL_MASK)));
	if (h < 0)
		ext2_iput(ino);
	return h;
}

static long do_io(struct desc *d, int write, char *buf, unsigned long len, uint64_t off,
		  int positional)
{
	int acc = d->flags & O_ACCMODE;
	if (len > FS_IO_MAX)
		return -EINVAL;
	if (write ? acc == O_RDONLY : acc == O_WRONLY)
		return -EBADF;
	if (off > OFF_MAX)
		return -EINVAL;
	if (write && !positional && (d->flags & O_APPEND)) {
		struct ext2_attr a;
		int r = ext2_getattr(d->ino, &a);
		if (r)
			return r;
		off = a.size;
	}
	long n = write ? ext2_write(d->ino, off, buf, len) : ext2_read(d->ino, off, buf, len);
	if (n > 0 && !positional)
		d->off = off + (uint64_t)n;
	return n;
}

static long do_lseek(struct desc *d, long off, unsigned long whence)
{
	long base;
	struct ext2_attr a;
	switch (whence) {
	case SEEK_SET: base = 0; break;
	case SEEK_CUR: base = (long)d->off; break;
	case SEEK_END: {
		int r = ext2_getattr(d->ino, &a);
		if (r)
			return r;
		base = (long)a.size;
		break;
	}
	default: return -EINVAL;
	}
	long pos;
	if (__builtin_add_overflow(base, off, &pos))
		return -EOVERFLOW;
	if (pos < 0)
		return -EINVAL;
	d->off = (uint64_t)pos;
	return pos;
}

/* Fill the buffer with directory records from d's position. */
static long do_readdir(struct client *c, struct desc *d)
{
	char *buf = client_buf(c);
	size_t used = 0;
	struct ext2_dirent e;
	for (;;) {
		uint64_t pos = d->off;
		int r = ext2_readdir(d->ino, &pos, &e);
		if (r < 0)
			return used ? (long)used : r;
		if (r == 0)
			break;
		size_t len = strlen(e.name);
		size_t reclen = (sizeof(struct fs_dirent) + len + 1 + 7) & ~7ul;
		if (used + reclen > FS_BUF_SIZE)
			break;
		struct fs_dirent *rec = (struct fs_dirent *)(buf + used);
		rec->ino = e.ino;
		rec->reclen = (unsigned short)reclen;
		rec->type = e.type;
		memcpy(rec->name, e.name, len + 1);
		used += reclen;
		d->off = pos;
	}
	return (long)used;
}

/* The name under which directory `parent` lists inode `ino`. */
static int name_in(uint32_t parent, uint32_t ino, char *name)
{
	struct ext2_dirent e;
	uint64_t pos = 0;
	int r;
	while ((r = ext2_readdir(parent, &pos, &e)) > 0)
		if (e.ino == ino && strcmp(e.name, ".") != 0 && strcmp(e.name, "..") != 0) {
			strcpy(name, e.name);
			return 0;
		}
	return r < 0 ? r : -ENOENT;
}

/* Build the working directory's path from the end, walking "..". */
static long do_getcwd(struct client *c)
{
	static char path[FS_PATH_MAX], name[256];
	size_t start = sizeof path - 1;
	path[start] = 0;
	uint32_t ino = c->cwd;
	while (ino != EXT2_ROOT_INO) {
		uint32_t parent;
		int r = ext2_resolve(ino, "..", 0, &parent);
		if (r || (r = name_in(parent, ino, name)))
			return r;
		size_t len = strlen(name);
		if (len + 1 > start)
			return -ENAMETOOLONG;
		start -= len;
		memcpy(path + start, name, len);
		path[--start] = '/';
		ino = parent;
	}
	if (start == sizeof path - 1)
		path[--start] = '/';
	memcpy(client_buf(c), path + start, sizeof path - start);
	return (long)(sizeof path - 1 - start);
}

static long do_chdir_ino(struct client *c, uint32_t ino)
{
	struct ext2_attr a;
	int r = ext2_getattr(ino, &a);
	if (r)
		return r;
	if (!S_ISDIR(a.mode))
		return -ENOTDIR;
	ext2_iget(ino);
	ext2_iput(c->cwd);
	c->cwd = ino;
	return 0;
}

static long do_statvfs(struct client *c)
{
	struct ext2_statfs s;
	int r = ext2_statfs(&s);
	if (r)
		return r;
	struct statvfs *v = (struct statvfs *)client_buf(c);
	memset(v, 0, sizeof *v);
	v->f_bsize = v->f_frsize = s.block_size;
	v->f_blocks = s.blocks;
	v->f_bfree = s.free_blocks;
	v->f_bavail = s.avail_blocks;
	v->f_files = s.inodes;
	v->f_ffree = v->f_favail = s.free_inodes;
	v->f_fsid = 1;
	v->f_namemax = s.name_max;
	return 0;
}

static int64_t stamp(unsigned long t)
{
	return (long)t == -1 ? (int64_t)time(0) : (int64_t)t;
}

/* Requests naming a path (or two). */
static long path_request(struct client *c, unsigned op, const unsigned long w[3])
{
	static char path[FS_PATH_MAX], path2[FS_PATH_MAX];
	int r = get_path(c, 0, path);
	if (r)
		return r;
	if ((op == FS_REQ_RENAME || op == FS_REQ_LINK || op == FS_REQ_SYMLINK) &&
	    (r = get_path(c, FS_PATH2, path2)))
		return r;
	uint32_t ino;
	switch (op) {
	case FS_REQ_OPEN: return do_open(c, path, w[1], w[2]);
	case FS_REQ_STAT:
		if ((r = ext2_resolve(c->cwd, path, w[1] != 0, &ino)))
			return r;
		return do_stat(c, ino);
	case FS_REQ_TRUNCATE:
		if ((long)w[1] < 0)
			return -EINVAL;
		if ((r = ext2_resolve(c->cwd, path, 1, &ino)))
			return r;
		return do_stat(c, ino) ? -EIO : S_ISDIR(((struct stat *)client_buf(c))->st_mode)
			? -EISDIR : ext2_truncate(ino, w[1]);
	case FS_REQ_UNLINK: return ext2_unlink(c->cwd, path);
	case FS_REQ_MKDIR: return ext2_mkdir(c->cwd, path, (uint32_t)w[1] & 07777);
	case FS_REQ_RMDIR: return ext2_rmdir(c->cwd, path);
	case FS_REQ_RENAME: return ext2_rename(c->cwd, path, path2);
	case FS_REQ_LINK: return ext2_link(c->cwd, path, path2);
	case FS_REQ_SYMLINK: return ext2_symlink(c->cwd, path, path2);
	case FS_REQ_READLINK: return ext2_readlink(c->cwd, path, client_buf(c), FS_PATH_MAX);
	case FS_REQ_CHMOD:
		if ((r = ext2_resolve(c->cwd, path, 1, &ino)))
			return r;
		return ext2_chmod(ino, (uint32_t)w[1] & 07777);
	case FS_REQ_UTIMES:
		if ((r = ext2_resolve(c->cwd, path, 1, &ino)))
			return r;
		return ext2_utimes(ino, stamp(w[1]), stamp(w[2]));
	case FS_REQ_CHDIR:
		if ((r = ext2_resolve(c->cwd, path, 1, &ino)))
			return r;
		return do_chdir_ino(c, ino);
	}
	return -ENOSYS;
}

/* Requests naming a handle. */
static long handle_request(struct client *c, unsigned op, long h, const unsigned long w[3])
{
	struct desc *d = handle_desc(c, h);
	if (!d)
		return -EBADF;
	switch (op) {
	case FS_REQ_CLOSE: return handle_close(c, h);
	case FS_REQ_DUP: return handle_dup(c, h);
	case FS_REQ_READ: return do_io(d, 0, client_buf(c), w[1], d->off, 0);
	case FS_REQ_WRITE: return do_io(d, 1, client_buf(c), w[1], d->off, 0);
	case FS_REQ_PREAD: return do_io(d, 0, client_buf(c), w[1], w[2], 1);
	case FS_REQ_PWRITE: return do_io(d, 1, client_buf(c), w[1], w[2], 1);
	case FS_REQ_LSEEK: return do_lseek(d, (long)w[1], w[2]);
	case FS_REQ_FSTAT: return do_stat(c, d->ino);
	case FS_REQ_FTRUNCATE:
		if ((long)w[1] < 0)
			return -EINVAL;
		if ((d->flags & O_ACCMODE) == O_RDONLY)
			return -EBADF;
		return ext2_truncate(d->ino, w[1]);
	case FS_REQ_FSYNC: return ext2_sync();
	case FS_REQ_FCHMOD: return ext2_chmod(d->ino, (uint32_t)w[1] & 07777);
	case FS_REQ_FCHDIR: return do_chdir_ino(c, d->ino);
	case FS_REQ_READDIR: return do_readdir(c, d);
	case FS_REQ_REWINDDIR: d->off = 0; return 0;
	case FS_REQ_GETFL: return d->flags;
	case FS_REQ_LOCK: {
		struct flock fl;        /* the buffer is the client's: copy it */
		memcpy(&fl, client_buf(c), sizeof fl);
		long r = lock_fcntl(c, d, w[1], &fl);
		if (r == 0 && w[1] == F_GETLK)
			memcpy(client_buf(c), &fl, sizeof fl);
		return r;
	}
	case FS_REQ_FLOCK: return lock_flock(d, w[1]);
	case FS_REQ_SETFL:
		d->flags = (d->flags & ~SETFL_MASK) | ((int)w[1] & SETFL_MASK);
		return 0;
	}
	return -ENOSYS;
}

long request_do(struct client *c, const unsigned long w[3], unsigned long perm)
{
	unsigned op = FS_MSG_OP(w[0]);
	if (op == FS_REQ_ATTACH)
		return perm ? client_attach(c, w[1], perm) : -EINVAL;
	if (!client_buf_ready(c))
		return -ENOBUFS;
	switch (op) {
	case FS_REQ_SYNC:
		clients_collect();      /* files only ended clients held open go first */
		return ext2_sync();
	case FS_REQ_GETCWD: return do_getcwd(c);
	case FS_REQ_STATVFS: return do_statvfs(c);
	case FS_REQ_FORK: return client_fork(c, w[1], (const long *)client_buf(c), w[2]);
	case FS_REQ_LKCANCEL: lock_cancel(c); return 0;
	case FS_REQ_OPEN: case FS_REQ_STAT: case FS_REQ_TRUNCATE: case FS_REQ_UNLINK:
	case FS_REQ_MKDIR: case FS_REQ_RMDIR: case FS_REQ_RENAME: case FS_REQ_LINK:
	case FS_REQ_SYMLINK: case FS_REQ_READLINK: case FS_REQ_CHMOD: case FS_REQ_UTIMES:
	case FS_REQ_CHDIR:
		return path_request(c, op, w);
	case FS_REQ_CLOSE: case FS_REQ_DUP: case FS_REQ_READ: case FS_REQ_WRITE:
	case FS_REQ_PREAD: case FS_REQ_PWRITE: case FS_REQ_LSEEK: case FS_REQ_FSTAT:
	case FS_REQ_FTRUNCATE: case FS_REQ_FSYNC: case FS_REQ_FCHMOD: case FS_REQ_FCHDIR:
	case FS_REQ_READDIR: case FS_REQ_REWINDDIR: case FS_REQ_GETFL: case FS_REQ_SETFL:
	case FS_REQ_LOCK: case FS_REQ_FLOCK:
		return handle_request(c, op, FS_MSG_HANDLE(w[0]), w);
	}
	return -ENOSYS;
}
