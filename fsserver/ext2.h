/* ext2.h - the file server's ext2 revision 1 core: path resolution and
 * every file operation over a block cache, independent of where the blocks
 * come from (virtio-blk inside exov6, an image file in the host tests).
 *
 * Every function returns 0 (or a count) on success and -errno (values of
 * exov6/errno.h, the Linux numbering) on failure.  Paths are NUL-terminated;
 * a relative path starts at the directory inode `cwd`.  Inode numbers name
 * files; an inode whose link count reaches 0 is freed (its blocks too) only
 * once no reference taken with ext2_iget remains.
 */
#ifndef FSSERVER_EXT2_H
#define FSSERVER_EXT2_H

#include <stdint.h>
#include <stddef.h>

#define EXT2_ROOT_INO 2

/* The device below the cache: 512-byte sectors. */
struct ext2_blockdev {
	int (*read)(void *ctx, uint64_t sector, void *buf, uint32_t nsectors);
	int (*write)(void *ctx, uint64_t sector, const void *buf, uint32_t nsectors);
	void *ctx;
	uint64_t nsectors;
	uint32_t (*now)(void);          /* seconds since the epoch, for timestamps */
};

struct ext2_attr {
	uint32_t ino;
	uint32_t mode;                  /* S_IFMT type bits | permission bits */
	uint32_t nlink;
	uint32_t uid, gid;
	uint64_t size;
	uint64_t blocks;                /* 512-byte units allocated (i_blocks) */
	uint32_t blksize;
	int64_t atime, mtime, ctime;
};

struct ext2_statfs {
	uint32_t block_size;
	uint64_t blocks, free_blocks, avail_blocks;
	uint64_t inodes, free_inodes;
	uint32_t name_max;
};

/* Flags of ext2_open (the values of <fcntl.h>). */
#define EXT2_O_ACCMODE   0003
#define EXT2_O_RDONLY    00
#define EXT2_O_WRONLY    01
#define EXT2_O_RDWR      02
#define EXT2_O_CREAT     0100
#define EXT2_O_EXCL      0200
#define EXT2_O_TRUNC     01000
#define EXT2_O_DIRECTORY 0200000
#define EXT2_O_NOFOLLOW  0400000

/* Mount: read and check the superblock and group descriptors (-EINVAL when
 * it is no ext2 revision 0/1 image this code can serve, -EIO on read
 * errors).  cache_blocks: how many blocks the write-back cache keeps. */
int ext2_mount(const struct ext2_blockdev *dev, size_t cache_blocks);
/* Write every dirty block and the superblock/group descriptors back. */
int ext2_sync(void);

/* Resolve path to an inode (symlinks followed, at most 40: -ELOOP; the last
 * component is not followed when follow_last is 0). */
int ext2_resolve(uint32_t cwd, const char *path, int follow_last, uint32_t *ino);
/* Open or create: O_CREAT (mode & 07777 & ~umask is applied by the caller),
 * O_EXCL, O_TRUNC, O_DIRECTORY, O_NOFOLLOW (-ELOOP on a symlink);
 * -EISDIR for a directory opened for writing.  Takes a reference
 * (ext2_iget) on the inode it returns. */
int ext2_open(uint32_t cwd, const char *path, int flags, uint32_t mode, uint32_t *ino);
/* References held by open files: an unlinked inode lives until the last
 * reference goes. */
void ext2_iget(uint32_t ino);
void ext2_iput(uint32_t ino);

/* Data.  read returns bytes read (0 at or past EOF); write extends the file
 * (a gap becomes a hole), returns bytes written or -ENOSPC/-EFBIG; -EISDIR
 * for directories. */
long ext2_read(uint32_t ino, uint64_t off, void *buf, size_t len);
long ext2_write(uint32_t ino, uint64_t off, const void *buf, size_t len);
int ext2_truncate(uint32_t ino, uint64_t size);
int ext2_getattr(uint32_t ino, struct ext2_attr *a);
int ext2_chmod(uint32_t ino, uint32_t mode);
int ext2_utimes(uint32_t ino, int64_t atime, int64_t mtime);

/* Directories.  readdir fills one entry at *pos (an opaque cookie, 0 at the
 * start) and advances it; returns 1 with an entry, 0 at the end. */
struct ext2_dirent {
	uint32_t ino;
	uint8_t type;                   /* DT_* values: 1 fifo 2 chr 4 dir 6 blk 8 reg 10 lnk 12 sock */
	char name[256];
};
int ext2_readdir(uint32_t dir, uint64_t *pos, struct ext2_dirent *d);
int ext2_mkdir(uint32_t cwd, const char *path, uint32_t mode);
int ext2_rmdir(uint32_t cwd, const char *path);
int ext2_unlink(uint32_t cwd, const char *path);
/* Atomic replace of an existing target (POSIX rename rules: EISDIR,
 * ENOTDIR, ENOTEMPTY, EINVAL for moving a directory into itself). */
int ext2_rename(uint32_t cwd, const char *from, const char *to);
int ext2_link(uint32_t cwd, const char *existing, const char *newpath);
int ext2_symlink(uint32_t cwd, const char *target, const char *linkpath);
/* Returns the target's length (not NUL-terminated, cut at size). */
long ext2_readlink(uint32_t cwd, const char *path, char *buf, size_t size);
int ext2_statfs(struct ext2_statfs *s);

#endif
