/* ext2_impl.h - what the files of the ext2 core share: the mounted file
 * system's state and the internal functions of each part (allocation,
 * inodes and block maps, directories, path resolution). */
#ifndef FSSERVER_EXT2_IMPL_H
#define FSSERVER_EXT2_IMPL_H

#include "ext2.h"
#include "ext2_fs.h"
#include "ext2_errno.h"
#include "bcache.h"

#define EXT2_MAX_SYMLINKS 40
#define EXT2_PATH_MAX     4096
#define EXT2_FAST_SYMLINK 60            /* targets shorter live in i_block */
#define EXT2_LINK_MAX     32000

struct ext2_fs {
	struct ext2_blockdev dev;
	struct ext2_super sb;
	struct ext2_group *groups;
	uint32_t ngroups;
	uint32_t gdt_blocks;            /* blocks holding the descriptors */
	uint32_t block_size;
	uint32_t ptrs;                  /* block numbers per indirect block */
	uint32_t sectors_per_block;     /* i_blocks units per block */
	uint32_t inode_size;
	uint32_t first_ino;
	uint32_t block_hint;            /* where the next block search starts */
	int filetype;                   /* INCOMPAT_FILETYPE */
	int mounted;
};
extern struct ext2_fs ext2_fs;

/* ext2_super.c: time, block and inode allocation. */
uint32_t fs_now(void);
int fs_block_ok(uint32_t b);            /* a data block number in range */
int fs_balloc(uint32_t goal, uint32_t *b);
int fs_bfree(uint32_t b);
int fs_ialloc(uint32_t parent, int is_dir, uint32_t *ino);
int fs_ifree(uint32_t ino, int is_dir);

/* ext2_inode.c: inodes, block maps, data. */
int inode_read(uint32_t ino, struct ext2_inode *in);
int inode_write(uint32_t ino, const struct ext2_inode *in);
uint64_t inode_size(const struct ext2_inode *in);
void inode_set_size(struct ext2_inode *in, uint64_t size);
int inode_is(const struct ext2_inode *in, uint32_t type);
/* Physical block of logical block lblk (0 for a hole); alloc fills holes. */
int inode_bmap(struct ext2_inode *in, uint32_t lblk, int alloc, uint32_t *pblk);
/* Free the blocks past size bytes and set the size. */
int inode_shrink(struct ext2_inode *in, uint64_t size);
long inode_read_data(struct ext2_inode *in, uint64_t off, void *buf, size_t len);
long inode_write_data(struct ext2_inode *in, uint64_t off, const void *buf, size_t len);
/* A fresh inode of the given mode, written to disk; *in gets it. */
int inode_new(uint32_t parent, uint32_t mode, uint32_t *ino, struct ext2_inode *in);
/* Drop one link (written back); frees the inode when none is left and no
 * reference is held. */
int inode_unlink(uint32_t ino, struct ext2_inode *in);
void inode_touch(struct ext2_inode *in, int atime, int mtime, int ctime);
/* A symlink's target (fast: in i_block, slow: in a data block), cut at
 * size; its length or -errno. */
long inode_read_symlink(struct ext2_inode *in, char *buf, size_t size);
int inode_set_symlink(struct ext2_inode *in, const char *target, size_t len);

/* ext2_dir.c */
int dir_lookup(uint32_t dir, const char *name, size_t len, uint32_t *ino);
int dir_add(uint32_t dir, const char *name, size_t len, uint32_t ino, uint32_t mode);
int dir_remove(uint32_t dir, const char *name, size_t len);
/* Point an existing entry at another inode. */
int dir_set(uint32_t dir, const char *name, size_t len, uint32_t ino, uint32_t mode);
/* 1 when only "." and ".." are left, 0 if not, or -errno. */
int dir_is_empty(uint32_t dir);
/* The first blocks of a new directory holding "." and "..". */
int dir_init(uint32_t dir, struct ext2_inode *in, uint32_t parent);

/* ext2_path.c */
/* Resolve all but the last component: *dir, the last name (NUL-terminated,
 * "" for "/"), and whether a slash followed it. */
int path_parent(uint32_t cwd, const char *path, uint32_t *dir, char name[EXT2_NAME_LEN + 1], int *trailing_slash);

#endif
