/* ext2_ops.c - the file operations of ext2.h over paths and inode numbers:
 * open/create, mkdir, rmdir, unlink, rename, link, symlink, readlink, and
 * the attribute and data calls, with POSIX errors and timestamps. */
#include <string.h>
#include "ext2_impl.h"

static int is_dot(const char *name)
{
	return strcmp(name, ".") == 0 || strcmp(name, "..") == 0;
}

static int adjust_links(uint32_t ino, int delta)
{
	struct ext2_inode in;
	int r = inode_read(ino, &in);
	if (r < 0)
		return r;
	in.i_links_count = (uint16_t)(in.i_links_count + delta);
	inode_touch(&in, 0, 0, 1);
	return inode_write(ino, &in);
}

/* Make name in dir a new inode of this mode (a directory gets "." and "..",
 * a symlink its target); nothing is left behind on failure. */
static int create(uint32_t dir, const char *name, uint32_t mode, const char *link,
		  uint32_t *ino)
{
	struct ext2_inode in;
	size_t len = strlen(name);
	int is_dir = (mode & EXT2_S_IFMT) == EXT2_S_IFDIR;
	uint32_t old;
	if (len == 0 || is_dot(name))
		return -EEXIST;
	int r = dir_lookup(dir, name, len, &old);
	if (r == 0)
		return -EEXIST;
	if (r != -ENOENT)
		return r;
	if ((r = inode_read(dir, &in)) < 0)
		return r;
	if (in.i_links_count == 0)
		return -ENOENT;         /* a removed directory (someone's cwd) takes no entries */
	if (is_dir && in.i_links_count >= EXT2_LINK_MAX)
		return -EMLINK;
	if ((r = inode_new(dir, mode, ino, &in)) < 0)
		return r;
	if (is_dir)
		r = dir_init(*ino, &in, dir);
	else if (link)
		r = inode_set_symlink(&in, link, strlen(link));
	if (r == 0 && (r = inode_write(*ino, &in)) == 0 &&
	    (r = dir_add(dir, name, len, *ino, mode)) == 0)
		return is_dir ? adjust_links(dir, 1) : 0;
	inode_unlink(*ino, &in);
	return r;
}

int ext2_open(uint32_t cwd, const char *path, int flags, uint32_t mode, uint32_t *ino)
{
	uint32_t dir, target = EXT2_ROOT_INO;
	char name[EXT2_NAME_LEN + 1];
	int trailing, wr = (flags & EXT2_O_ACCMODE) != 0;
	int r = path_parent(cwd, path, &dir, name, &trailing);
	if (r < 0)
		return r;
	if (name[0])
		r = dir_lookup(dir, name, strlen(name), &target);
	if (r == -ENOENT && (flags & EXT2_O_CREAT)) {
		if (trailing)
			return -EISDIR;
		if ((r = create(dir, name, EXT2_S_IFREG | (mode & 07777), NULL, ino)) == 0)
			ext2_iget(*ino);
		return r;
	}
	if (r < 0)
		return r;
	if ((flags & (EXT2_O_CREAT | EXT2_O_EXCL)) == (EXT2_O_CREAT | EXT2_O_EXCL))
		return -EEXIST;
	struct ext2_inode in;
	if ((r = inode_read(target, &in)) < 0)
		return r;
	if (inode_is(&in, EXT2_S_IFLNK)) {
		if (flags & EXT2_O_NOFOLLOW)
			return -ELOOP;
		if ((r = ext2_resolve(cwd, path, 1, &target)) < 0 ||
		    (r = inode_read(target, &in)) < 0)
			return r;
	}
	if (inode_is(&in, EXT2_S_IFDIR)) {
		if (wr || (flags & EXT2_O_TRUNC))
			return -EISDIR;
	} else if ((flags & EXT2_O_DIRECTORY) || trailing) {
		return -ENOTDIR;
	}
	if ((flags & EXT2_O_TRUNC) && wr && inode_is(&in, EXT2_S_IFREG) &&
	    (r = ext2_truncate(target, 0)) < 0)
		return r;
	ext2_iget(target);
	*ino = target;
	return 0;
}

int ext2_mkdir(uint32_t cwd, const char *path, uint32_t mode)
{
	uint32_t dir, ino;
	char name[EXT2_NAME_LEN + 1];
	int trailing;
	int r = path_parent(cwd, path, &dir, name, &trailing);
	return r < 0 ? r : create(dir, name, EXT2_S_IFDIR | (mode & 07777), NULL, &ino);
}

int ext2_symlink(uint32_t cwd, const char *target, const char *linkpath)
{
	uint32_t dir, ino;
	char name[EXT2_NAME_LEN + 1];
	int trailing;
	if (!memchr(target, 0, EXT2_PATH_MAX))
		return -ENAMETOOLONG;
	if (!*target)
		return -ENOENT;
	int r = path_parent(cwd, linkpath, &dir, name, &trailing);
	if (r < 0)
		return r;
	if (trailing && name[0])
		return dir_lookup(dir, name, strlen(name), &ino) == 0 ? -EEXIST : -ENOENT;
	return create(dir, name, EXT2_S_IFLNK | 0777, target, &ino);
}

/* The entry a removal names: its directory, name and inode. */
static int removal(uint32_t cwd, const char *path, uint32_t *dir, char *name,
		   int *trailing, uint32_t *ino, struct ext2_inode *in)
{
	int r = path_parent(cwd, path, dir, name, trailing);
	if (r < 0)
		return r;
	if (!name[0])
		return -EBUSY;
	if ((r = dir_lookup(*dir, name, strlen(name), ino)) < 0)
		return r;
	return inode_read(*ino, in);
}

int ext2_unlink(uint32_t cwd, const char *path)
{
	uint32_t dir, ino;
	char name[EXT2_NAME_LEN + 1];
	int trailing;
	struct ext2_inode in;
	int r = removal(cwd, path, &dir, name, &trailing, &ino, &in);
	if (r == -EBUSY || (r == 0 && inode_is(&in, EXT2_S_IFDIR)))
		return -EISDIR;
	if (r < 0)
		return r;
	if (trailing)
		return -ENOTDIR;
	if ((r = dir_remove(dir, name, strlen(name))) < 0)
		return r;
	return inode_unlink(ino, &in);
}

int ext2_rmdir(uint32_t cwd, const char *path)
{
	uint32_t dir, ino;
	char name[EXT2_NAME_LEN + 1];
	int trailing;
	struct ext2_inode in;
	int r = removal(cwd, path, &dir, name, &trailing, &ino, &in);
	if (r < 0)
		return r;
	if (strcmp(name, ".") == 0)
		return -EINVAL;
	if (strcmp(name, "..") == 0)
		return -ENOTEMPTY;
	if (!inode_is(&in, EXT2_S_IFDIR))
		return -ENOTDIR;
	if (ino == EXT2_ROOT_INO)
		return -EBUSY;
	if ((r = dir_is_empty(ino)) <= 0)
		return r < 0 ? r : -ENOTEMPTY;
	if ((r = dir_remove(dir, name, strlen(name))) < 0 ||
	    (r = inode_unlink(ino, &in)) < 0)
		return r;
	return adjust_links(dir, -1);
}

/* -EINVAL when directory `dir` is `ino` or lies below it. */
static int check_not_below(uint32_t dir, uint32_t ino)
{
	for (uint32_t steps = 0; dir != EXT2_ROOT_INO; steps++) {
		if (dir == ino)
			return -EINVAL;
		int r = steps > ext2_fs.sb.s_inodes_count ? -EIO : dir_lookup(dir, "..", 2, &dir);
		if (r < 0)
			return r;
	}
	return 0;
}

int ext2_rename(uint32_t cwd, const char *from, const char *to)
{
	uint32_t sdir, ddir, sino, dino;
	char sname[EXT2_NAME_LEN + 1], dname[EXT2_NAME_LEN + 1];
	int strail, dtrail;
	struct ext2_inode sin, din;
	int r = removal(cwd, from, &sdir, sname, &strail, &sino, &sin);
	if (r < 0)
		return r;
	if ((r = path_parent(cwd, to, &ddir, dname, &dtrail)) < 0)
		return r;
	if (!dname[0])
		return -EBUSY;
	if (is_dot(sname) || is_dot(dname))
		return -EINVAL;
	int is_dir = inode_is(&sin, EXT2_S_IFDIR);
	if ((strail || dtrail) && !is_dir)
		return -ENOTDIR;
	r = dir_lookup(ddir, dname, strlen(dname), &dino);
	if (r < 0 && r != -ENOENT)
		return r;
	int replace = r == 0, replaced_dir = 0;
	if (replace && dino == sino)
		return 0;
	if (is_dir && (r = check_not_below(ddir, sino)) < 0)
		return r;
	int moved_dir = is_dir && sdir != ddir;
	if (replace) {
		if ((r = inode_read(dino, &din)) < 0)
			return r;
		replaced_dir = inode_is(&din, EXT2_S_IFDIR);
		if (is_dir && !replaced_dir)
			return -ENOTDIR;
		if (!is_dir && replaced_dir)
			return -EISDIR;
		if (replaced_dir && (r = dir_is_empty(dino)) <= 0)
			return r < 0 ? r : -ENOTEMPTY;
		r = dir_set(ddir, dname, strlen(dname), sino, sin.i_mode);
	} else {
		if ((r = inode_read(ddir, &din)) < 0)
			return r;
		if (din.i_links_count == 0)
			return -ENOENT;         /* a removed directory */
		if (moved_dir && din.i_links_count >= EXT2_LINK_MAX)
			return -EMLINK;
		r = dir_add(ddir, dname, strlen(dname), sino, sin.i_mode);
	}
	if (r < 0 || (r = dir_remove(sdir, sname, strlen(sname))) < 0)
		return r;
	if (moved_dir && ((r = dir_set(sino, "..", 2, ddir, EXT2_S_IFDIR)) < 0 ||
			  (r = adjust_links(sdir, -1)) < 0))
		return r;
	if (moved_dir != replaced_dir && (r = adjust_links(ddir, moved_dir ? 1 : -1)) < 0)
		return r;
	if (replace) {
		if ((r = inode_read(dino, &din)) < 0 || (r = inode_unlink(dino, &din)) < 0)
			return r;
	}
	if ((r = inode_read(sino, &sin)) < 0)
		return r;
	inode_touch(&sin, 0, 0, 1);
	return inode_write(sino, &sin);
}

int ext2_link(uint32_t cwd, const char *existing, const char *newpath)
{
	uint32_t ino, dir, old;
	char name[EXT2_NAME_LEN + 1];
	int trailing;
	struct ext2_inode in;
	int r = ext2_resolve(cwd, existing, 0, &ino);
	if (r < 0 || (r = inode_read(ino, &in)) < 0)
		return r;
	if (inode_is(&in, EXT2_S_IFDIR))
		return -EPERM;
	if (in.i_links_count >= EXT2_LINK_MAX)
		return -EMLINK;
	if ((r = path_parent(cwd, newpath, &dir, name, &trailing)) < 0)
		return r;
	if (!name[0] || is_dot(name) || dir_lookup(dir, name, strlen(name), &old) == 0)
		return -EEXIST;
	if (trailing)
		return -ENOENT;
	struct ext2_inode din;
	if ((r = inode_read(dir, &din)) < 0)
		return r;
	if (din.i_links_count == 0)
		return -ENOENT;         /* a removed directory */
	if ((r = dir_add(dir, name, strlen(name), ino, in.i_mode)) < 0)
		return r;
	return adjust_links(ino, 1);
}

long ext2_readlink(uint32_t cwd, const char *path, char *buf, size_t size)
{
	uint32_t ino;
	struct ext2_inode in;
	int r = ext2_resolve(cwd, path, 0, &ino);
	if (r < 0 || (r = inode_read(ino, &in)) < 0)
		return r;
	if (!inode_is(&in, EXT2_S_IFLNK))
		return -EINVAL;
	return inode_read_symlink(&in, buf, size);
}

/* The inode of a data call: -EISDIR for a directory. */
static int data_inode(uint32_t ino, struct ext2_inode *in)
{
	int r = inode_read(ino, in);
	if (r < 0)
		return r;
	return inode_is(in, EXT2_S_IFDIR) ? -EISDIR : 0;
}

long ext2_read(uint32_t ino, uint64_t off, void *buf, size_t len)
{
	struct ext2_inode in;
	int r = data_inode(ino, &in);
	if (r < 0)
		return r;
	long n = inode_read_data(&in, off, buf, len);
	if (n > 0) {
		inode_touch(&in, 1, 0, 0);
		if ((r = inode_write(ino, &in)) < 0)
			return r;
	}
	return n;
}

long ext2_write(uint32_t ino, uint64_t off, const void *buf, size_t len)
{
	struct ext2_inode in;
	int r = data_inode(ino, &in);
	if (r < 0)
		return r;
	long n = inode_write_data(&in, off, buf, len);
	r = inode_write(ino, &in);              /* blocks may be new even on failure */
	return r < 0 ? r : n;
}

int ext2_truncate(uint32_t ino, uint64_t size)
{
	struct ext2_inode in;
	int r = data_inode(ino, &in);
	if (r < 0)
		return r;
	if (!inode_is(&in, EXT2_S_IFREG))
		return -EINVAL;
	if (size == inode_size(&in))
		return 0;
	r = inode_shrink(&in, size);
	if (r == 0)
		inode_touch(&in, 0, 1, 1);
	int w = inode_write(ino, &in);
	return r < 0 ? r : w;
}

int ext2_getattr(uint32_t ino, struct ext2_attr *a)
{
	struct ext2_inode in;
	int r = inode_read(ino, &in);
	if (r < 0)
		return r;
	a->ino = ino;
	a->mode = in.i_mode;
	a->nlink = in.i_links_count;
	a->uid = in.i_uid | (uint32_t)in.i_uid_high << 16;
	a->gid = in.i_gid | (uint32_t)in.i_gid_high << 16;
	a->size = inode_size(&in);
	a->blocks = in.i_blocks;
	a->blksize = ext2_fs.block_size;
	a->atime = in.i_atime;
	a->mtime = in.i_mtime;
	a->ctime = in.i_ctime;
	return 0;
}

int ext2_chmod(uint32_t ino, uint32_t mode)
{
	struct ext2_inode in;
	int r = inode_read(ino, &in);
	if (r < 0)
		return r;
	in.i_mode = (uint16_t)((in.i_mode & EXT2_S_IFMT) | (mode & 07777));
	inode_touch(&in, 0, 0, 1);
	return inode_write(ino, &in);
}

int ext2_utimes(uint32_t ino, int64_t atime, int64_t mtime)
{
	struct ext2_inode in;
	int r = inode_read(ino, &in);
	if (r < 0)
		return r;
	in.i_atime = (uint32_t)atime;
	in.i_mtime = (uint32_t)mtime;
	inode_touch(&in, 0, 0, 1);
	return inode_write(ino, &in);
}
