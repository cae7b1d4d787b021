/* ext2_inode.c - inodes: reading and writing them in the inode tables, the
 * block map (direct, single, double and triple indirect; holes read as
 * zeros), file data, truncation at every level, the reference counts of
 * ext2_iget/ext2_iput and freeing an inode once unlinked and unreferenced. */
#include <stdlib.h>
#include <string.h>
#include "ext2_impl.h"

#define fs ext2_fs

static int inode_locate(uint32_t ino, uint32_t *blk, uint32_t *off)
{
	if (ino == 0 || ino > fs.sb.s_inodes_count)
		return -EIO;
	uint32_t g = (ino - 1) / fs.sb.s_inodes_per_group;
	uint64_t byte = (uint64_t)((ino - 1) % fs.sb.s_inodes_per_group) * fs.inode_size;
	*blk = fs.groups[g].bg_inode_table + (uint32_t)(byte / fs.block_size);
	*off = (uint32_t)(byte % fs.block_size);
	return 0;
}

static uint32_t inode_copy_size(void)
{
	return fs.inode_size < sizeof(struct ext2_inode) ? fs.inode_size : sizeof(struct ext2_inode);
}

int inode_read(uint32_t ino, struct ext2_inode *in)
{
	uint32_t blk, off;
	int r = inode_locate(ino, &blk, &off);
	if (r < 0)
		return r;
	struct buf *b = bread(blk);
	if (!b)
		return -EIO;
	memset(in, 0, sizeof *in);
	memcpy(in, b->data + off, inode_copy_size());
	brelse(b);
	return 0;
}

/* Write the inode; clear_rest also zeroes the on-disk slot past it. */
static int inode_put(uint32_t ino, const struct ext2_inode *in, int clear_rest)
{
	uint32_t blk, off;
	int r = inode_locate(ino, &blk, &off);
	if (r < 0)
		return r;
	struct buf *b = bread(blk);
	if (!b)
		return -EIO;
	if (clear_rest)
		memset(b->data + off, 0, fs.inode_size);
	memcpy(b->data + off, in, inode_copy_size());
	bdirty(b);
	brelse(b);
	return 0;
}

int inode_write(uint32_t ino, const struct ext2_inode *in)
{
	return inode_put(ino, in, 0);
}

int inode_is(const struct ext2_inode *in, uint32_t type)
{
	return (in->i_mode & EXT2_S_IFMT) == type;
}

uint64_t inode_size(const struct ext2_inode *in)
{
	if (inode_is(in, EXT2_S_IFDIR))
		return in->i_size;
	return in->i_size | (uint64_t)in->i_size_high << 32;
}

void inode_set_size(struct ext2_inode *in, uint64_t size)
{
	in->i_size = (uint32_t)size;
	if (!inode_is(in, EXT2_S_IFDIR))
		in->i_size_high = (uint32_t)(size >> 32);
	if (size > 0x7fffffffu)
		fs.sb.s_feature_ro_compat |= EXT2_FEATURE_RO_COMPAT_LARGE_FILE;
}

void inode_touch(struct ext2_inode *in, int atime, int mtime, int ctime)
{
	uint32_t t = fs_now();
	if (atime) in->i_atime = t;
	if (mtime) in->i_mtime = t;
	if (ctime) in->i_ctime = t;
}

/* Logical blocks covered by one entry of a block map node of this depth
 * (0 is a data block). */
static uint64_t span(int depth)
{
	uint64_t s = 1;
	while (depth-- > 0)
		s *= fs.ptrs;
	return s;
}

/* First logical block mapped through i_block[EXT2_IND_BLOCK + depth - 1]. */
static uint64_t level_base(int depth)
{
	uint64_t base = EXT2_NDIR_BLOCKS;
	for (int d = 1; d < depth; d++)
		base += span(d);
	return base;
}

static uint64_t max_blocks(void)
{
	return level_base(4);
}

static uint64_t max_file_size(void)
{
	return max_blocks() * fs.block_size;
}

/* A new block for the map of `in`, zeroed when it is an indirect block. */
static int map_alloc(struct ext2_inode *in, int indirect, uint32_t *out)
{
	int r = fs_balloc(fs.block_hint, out);
	if (r < 0)
		return r;
	if (indirect) {
		struct buf *b = bclear(*out);
		if (!b) {
			fs_bfree(*out);
			return -EIO;
		}
		brelse(b);
	}
	in->i_blocks += fs.sectors_per_block;
	return 0;
}

int inode_bmap(struct ext2_inode *in, uint32_t lblk, int alloc, uint32_t *pblk)
{
	if (lblk >= max_blocks())
		return -EFBIG;
	int depth = 0;
	uint32_t slot = lblk;
	uint64_t rel = lblk;
	if (lblk >= EXT2_NDIR_BLOCKS) {
		for (depth = 1; rel - level_base(depth) >= span(depth) && depth < 3; depth++)
			;
		rel -= level_base(depth);
		slot = EXT2_IND_BLOCK + depth - 1;
	}
	int fresh = 0, r;
	uint32_t blk = in->i_block[slot];
	if (blk == 0) {
		if (!alloc) {
			*pblk = 0;
			return 0;
		}
		if ((r = map_alloc(in, depth > 0, &blk)) < 0)
			return r;
		in->i_block[slot] = blk;
		fresh = 1;
	} else if (!fs_block_ok(blk)) {
		return -EIO;
	}
	for (; depth > 0; depth--) {
		struct buf *b = bread(blk);
		if (!b)
			return -EIO;
		uint32_t *e = (uint32_t *)b->data + (rel / span(depth - 1)) % fs.ptrs;
		blk = *e;
		fresh = 0;
		if (blk == 0) {
			if (!alloc) {
				brelse(b);
				*pblk = 0;
				return 0;
			}
			if ((r = map_alloc(in, depth > 1, &blk)) < 0) {
				brelse(b);
				return r;
			}
			*e = blk;
			bdirty(b);
			fresh = 1;
		} else if (!fs_block_ok(blk)) {
			brelse(b);
			return -EIO;
		}
		brelse(b);
	}
	*pblk = blk;
	return fresh;
}

/* Free the blocks below *slot (a node of this depth mapping logical blocks
 * from base on) that map logical blocks >= cut; *slot is cleared when
 * nothing is left below it. */
static int trunc_tree(struct ext2_inode *in, uint32_t *slot, int depth, uint64_t base, uint64_t cut)
{
	if (*slot == 0 || base + span(depth) <= cut)
		return 0;
	if (!fs_block_ok(*slot))
		return -EIO;
	if (depth > 0) {
		struct buf *b = bread(*slot);
		if (!b)
			return -EIO;
		uint32_t *e = (uint32_t *)b->data;
		int left = 0, r = 0;
		for (uint32_t i = 0; i < fs.ptrs && r == 0; i++) {
			uint32_t v = e[i];
			r = trunc_tree(in, &v, depth - 1, base + i * span(depth - 1), cut);
			if (v != e[i]) {
				e[i] = v;
				bdirty(b);
			}
			left |= v != 0;
		}
		brelse(b);
		if (r < 0 || left)
			return r;
	}
	int r = fs_bfree(*slot);
	if (r < 0)
		return r;
	in->i_blocks -= fs.sectors_per_block;
	*slot = 0;
	return 0;
}

int inode_shrink(struct ext2_inode *in, uint64_t size)
{
	uint32_t bs = fs.block_size;
	if (size >= inode_size(in)) {
		if (size > max_file_size())
			return -EFBIG;
		inode_set_size(in, size);
		return 0;
	}
	if (size % bs) {                /* later growth must read zeros there */
		uint32_t pb;
		int r = inode_bmap(in, (uint32_t)(size / bs), 0, &pb);
		if (r < 0)
			return r;
		if (pb) {
			struct buf *b = bread(pb);
			if (!b)
				return -EIO;
			memset(b->data + size % bs, 0, bs - size % bs);
			bdirty(b);
			brelse(b);
		}
	}
	uint64_t cut = (size + bs - 1) / bs;
	int r = 0;
	for (uint32_t i = 0; i < EXT2_NDIR_BLOCKS && r == 0; i++)
		r = trunc_tree(in, &in->i_block[i], 0, i, cut);
	for (int d = 1; d <= 3 && r == 0; d++)
		r = trunc_tree(in, &in->i_block[EXT2_IND_BLOCK + d - 1], d, level_base(d), cut);
	if (r < 0)
		return r;
	inode_set_size(in, size);
	return 0;
}

long inode_read_data(struct ext2_inode *in, uint64_t off, void *buf, size_t len)
{
	uint64_t size = inode_size(in);
	if (off >= size)
		return 0;
	if (len > size - off)
		len = (size_t)(size - off);
	uint32_t bs = fs.block_size;
	size_t done = 0;
	while (done < len) {
		uint64_t pos = off + done;
		uint32_t boff = (uint32_t)(pos % bs), pb;
		size_t n = bs - boff < len - done ? bs - boff : len - done;
		int r = inode_bmap(in, (uint32_t)(pos / bs), 0, &pb);
		if (r < 0)
			return r;
		if (pb == 0) {
			memset((uint8_t *)buf + done, 0, n);
		} else {
			struct buf *b = bread(pb);
			if (!b)
				return -EIO;
			memcpy((uint8_t *)buf + done, b->data + boff, n);
			brelse(b);
		}
		done += n;
	}
	return (long)done;
}

long inode_write_data(struct ext2_inode *in, uint64_t off, const void *buf, size_t len)
{
	uint64_t max = max_file_size();
	if (off >= max)
		return len ? -EFBIG : 0;
	if (len > max - off)
		len = (size_t)(max - off);
	uint32_t bs = fs.block_size;
	size_t done = 0;
	int err = 0;
	while (done < len) {
		uint64_t pos = off + done;
		uint32_t boff = (uint32_t)(pos % bs), pb;
		size_t n = bs - boff < len - done ? bs - boff : len - done;
		int r = inode_bmap(in, (uint32_t)(pos / bs), 1, &pb);
		if (r < 0) {
			err = r;
			break;
		}
		struct buf *b = (r == 1 || n == bs) ? bclear(pb) : bread(pb);
		if (!b) {
			err = -EIO;
			break;
		}
		memcpy(b->data + boff, (const uint8_t *)buf + done, n);
		bdirty(b);
		brelse(b);
		done += n;
	}
	if (done) {
		if (off + done > inode_size(in))
			inode_set_size(in, off + done);
		inode_touch(in, 0, 1, 1);
		return (long)done;
	}
	return err;
}

int inode_new(uint32_t parent, uint32_t mode, uint32_t *ino, struct ext2_inode *in)
{
	static uint32_t generation;
	int is_dir = (mode & EXT2_S_IFMT) == EXT2_S_IFDIR;
	int r = fs_ialloc(parent, is_dir, ino);
	if (r < 0)
		return r;
	memset(in, 0, sizeof *in);
	in->i_mode = (uint16_t)mode;
	in->i_links_count = 1;
	inode_touch(in, 1, 1, 1);
	in->i_generation = ++generation + fs_now();
	if (fs.inode_size > EXT2_GOOD_OLD_INODE_SIZE) {
		in->i_extra_isize = EXT2_EXTRA_ISIZE;
		in->i_crtime = in->i_ctime;
	}
	if ((r = inode_put(*ino, in, 1)) < 0)
		fs_ifree(*ino, is_dir);
	return r;
}

/* References taken by ext2_iget: a short list, open files are few. */
static struct iref { uint32_t ino, refs; } *irefs;
static size_t nirefs, cap_irefs;

static struct iref *iref_find(uint32_t ino)
{
	for (size_t i = 0; i < nirefs; i++)
		if (irefs[i].ino == ino)
			return &irefs[i];
	return NULL;
}

void ext2_iget(uint32_t ino)
{
	struct iref *p = iref_find(ino);
	if (!p) {
		if (nirefs == cap_irefs) {
			size_t cap = cap_irefs ? 2 * cap_irefs : 16;
			struct iref *n = malloc(cap * sizeof *n);
			if (!n)
				return;
			if (nirefs)
				memcpy(n, irefs, nirefs * sizeof *n);
			free(irefs);
			irefs = n;
			cap_irefs = cap;
		}
		p = &irefs[nirefs++];
		p->ino = ino;
		p->refs = 0;
	}
	p->refs++;
}

static int is_fast_symlink(const struct ext2_inode *in)
{
	uint32_t acl = in->i_file_acl ? fs.sectors_per_block : 0;
	return inode_is(in, EXT2_S_IFLNK) && in->i_blocks == acl;
}

/* Drop the extended attribute block of a freed inode. */
static int xattr_release(struct ext2_inode *in)
{
	uint32_t blk = in->i_file_acl;
	if (!fs_block_ok(blk))
		return -EIO;
	struct buf *b = bread(blk);
	if (!b)
		return -EIO;
	struct ext2_xattr_header *h = (struct ext2_xattr_header *)b->data;
	int last = h->h_magic != EXT2_XATTR_MAGIC || h->h_refcount <= 1;
	if (!last) {
		h->h_refcount--;
		bdirty(b);
	}
	brelse(b);
	in->i_file_acl = 0;
	in->i_blocks -= fs.sectors_per_block;
	return last ? fs_bfree(blk) : 0;
}

static int inode_free(uint32_t ino, struct ext2_inode *in)
{
	int r = 0;
	if (is_fast_symlink(in)) {
		memset(in->i_block, 0, sizeof in->i_block);
		inode_set_size(in, 0);
	} else {
		r = inode_shrink(in, 0);
	}
	if (r == 0 && in->i_file_acl)
		r = xattr_release(in);
	in->i_links_count = 0;
	in->i_dtime = fs_now();
	int w = inode_write(ino, in);
	if (r == 0)
		r = w;
	if (r == 0)
		r = fs_ifree(ino, inode_is(in, EXT2_S_IFDIR));
	return r;
}

void ext2_iput(uint32_t ino)
{
	struct iref *p = iref_find(ino);
	struct ext2_inode in;
	if (!p || --p->refs)
		return;
	*p = irefs[--nirefs];
	if (inode_read(ino, &in) == 0 && in.i_links_count == 0 && in.i_mode)
		inode_free(ino, &in);
}

int inode_unlink(uint32_t ino, struct ext2_inode *in)
{
	if (inode_is(in, EXT2_S_IFDIR) || in->i_links_count <= 1)
		in->i_links_count = 0;
	else
		in->i_links_count--;
	inode_touch(in, 0, 0, 1);
	if (in->i_links_count == 0 && !iref_find(ino))
		return inode_free(ino, in);
	return inode_write(ino, in);
}

long inode_read_symlink(struct ext2_inode *in, char *buf, size_t size)
{
	uint64_t len = inode_size(in);
	if (len == 0 || len >= EXT2_PATH_MAX)
		return -EIO;
	if (size > len)
		size = (size_t)len;
	if (!is_fast_symlink(in))
		return inode_read_data(in, 0, buf, size);
	if (len >= EXT2_FAST_SYMLINK)
		return -EIO;
	memcpy(buf, in->i_block, size);
	return (long)size;
}

int inode_set_symlink(struct ext2_inode *in, const char *target, size_t len)
{
	if (len >= EXT2_FAST_SYMLINK) {
		long r = inode_write_data(in, 0, target, len);
		return r < 0 ? (int)r : 0;
	}
	memcpy(in->i_block, target, len);
	inode_set_size(in, len);
	return 0;
}
