/* ext2_super.c - the mounted file system: mount (superblock and group
 * descriptor checks), sync, statfs, and the block and inode bitmaps with
 * their free counts kept in both the superblock and the group descriptors. */
#include <stdlib.h>
#include <string.h>
#include "ext2_impl.h"

struct ext2_fs ext2_fs;
#define fs ext2_fs

uint32_t fs_now(void)
{
	return fs.dev.now ? fs.dev.now() : 0;
}

int fs_block_ok(uint32_t b)
{
	return b >= fs.sb.s_first_data_block && b < fs.sb.s_blocks_count;
}

static uint32_t group_nblocks(uint32_t g)
{
	uint32_t start = fs.sb.s_first_data_block + g * fs.sb.s_blocks_per_group;
	uint32_t left = fs.sb.s_blocks_count - start;
	return left < fs.sb.s_blocks_per_group ? left : fs.sb.s_blocks_per_group;
}

static int check_super(const struct ext2_super *sb, uint64_t nsectors)
{
	if (sb->s_magic != EXT2_MAGIC || sb->s_rev_level > 1 || sb->s_log_block_size > 2)
		return -EINVAL;
	uint32_t bs = 1024u << sb->s_log_block_size;
	if (sb->s_rev_level == 1) {
		if (sb->s_feature_incompat & ~EXT2_FEATURE_INCOMPAT_FILETYPE)
			return -EINVAL;
		if (sb->s_feature_ro_compat & ~(EXT2_FEATURE_RO_COMPAT_SPARSE_SUPER |
						EXT2_FEATURE_RO_COMPAT_LARGE_FILE))
			return -EINVAL;
		if (sb->s_inode_size < EXT2_GOOD_OLD_INODE_SIZE || sb->s_inode_size > bs ||
		    (sb->s_inode_size & (sb->s_inode_size - 1)))
			return -EINVAL;
		if (sb->s_first_ino < EXT2_GOOD_OLD_FIRST_INO || sb->s_first_ino >= sb->s_inodes_count)
			return -EINVAL;
	}
	if (sb->s_first_data_block != (bs == 1024 ? 1u : 0u) ||
	    sb->s_blocks_per_group < 8 || sb->s_blocks_per_group > bs * 8 ||
	    sb->s_inodes_per_group < 1 || sb->s_inodes_per_group > bs * 8 ||
	    sb->s_blocks_count <= sb->s_first_data_block + 1 ||
	    (uint64_t)sb->s_blocks_count * (bs / 512) > nsectors)
		return -EINVAL;
	uint32_t ngroups = (sb->s_blocks_count - sb->s_first_data_block +
			    sb->s_blocks_per_group - 1) / sb->s_blocks_per_group;
	if ((uint64_t)ngroups * sb->s_inodes_per_group != sb->s_inodes_count ||
	    sb->s_free_blocks_count > sb->s_blocks_count ||
	    sb->s_free_inodes_count > sb->s_inodes_count)
		return -EINVAL;
	return 0;
}

static int check_group(uint32_t g)
{
	const struct ext2_group *gd = &fs.groups[g];
	uint64_t itable_blocks = ((uint64_t)fs.sb.s_inodes_per_group * fs.inode_size +
				  fs.block_size - 1) / fs.block_size;
	if (!fs_block_ok(gd->bg_block_bitmap) || !fs_block_ok(gd->bg_inode_bitmap) ||
	    !fs_block_ok(gd->bg_inode_table) ||
	    gd->bg_inode_table + itable_blocks > fs.sb.s_blocks_count ||
	    gd->bg_free_blocks_count > group_nblocks(g) ||
	    gd->bg_free_inodes_count > fs.sb.s_inodes_per_group ||
	    gd->bg_used_dirs_count > fs.sb.s_inodes_per_group)
		return -EIO;
	return 0;
}

int ext2_mount(const struct ext2_blockdev *dev, size_t cache_blocks)
{
	struct ext2_super sb;
	fs.mounted = 0;
	if (dev->nsectors < 4)
		return -EINVAL;
	if (dev->read(dev->ctx, EXT2_SUPER_OFFSET / 512, &sb, sizeof sb / 512) < 0)
		return -EIO;
	int r = check_super(&sb, dev->nsectors);
	if (r < 0)
		return r;
	free(fs.groups);
	memset(&fs, 0, sizeof fs);
	fs.dev = *dev;
	fs.sb = sb;
	fs.block_size = 1024u << sb.s_log_block_size;
	fs.ptrs = fs.block_size / 4;
	fs.sectors_per_block = fs.block_size / 512;
	fs.inode_size = sb.s_rev_level ? sb.s_inode_size : EXT2_GOOD_OLD_INODE_SIZE;
	fs.first_ino = sb.s_rev_level ? sb.s_first_ino : EXT2_GOOD_OLD_FIRST_INO;
	fs.filetype = sb.s_rev_level && (sb.s_feature_incompat & EXT2_FEATURE_INCOMPAT_FILETYPE);
	fs.ngroups = sb.s_inodes_count / sb.s_inodes_per_group;
	fs.gdt_blocks = (fs.ngroups * (uint32_t)sizeof(struct ext2_group) + fs.block_size - 1) / fs.block_size;
	fs.block_hint = sb.s_first_data_block;
	if ((r = bcache_init(dev, fs.block_size, cache_blocks)) < 0)
		return r;
	fs.groups = malloc((size_t)fs.gdt_blocks * fs.block_size);
	if (!fs.groups)
		return -ENOMEM;
	for (uint32_t i = 0; i < fs.gdt_blocks; i++) {
		uint32_t blk = sb.s_first_data_block + 1 + i;
		struct buf *b = fs_block_ok(blk) ? bread(blk) : NULL;
		if (!b)
			return -EIO;
		memcpy((uint8_t *)fs.groups + (size_t)i * fs.block_size, b->data, fs.block_size);
		brelse(b);
	}
	for (uint32_t g = 0; g < fs.ngroups; g++)
		if ((r = check_group(g)) < 0)
			return r;
	fs.sb.s_mtime = fs_now();
	fs.sb.s_mnt_count++;
	fs.mounted = 1;
	return 0;
}

int ext2_sync(void)
{
	if (!fs.mounted)
		return -EINVAL;
	for (uint32_t i = 0; i < fs.gdt_blocks; i++) {
		struct buf *b = bread(fs.sb.s_first_data_block + 1 + i);
		if (!b)
			return -EIO;
		memcpy(b->data, (uint8_t *)fs.groups + (size_t)i * fs.block_size, fs.block_size);
		bdirty(b);
		brelse(b);
	}
	struct buf *b = bread(EXT2_SUPER_OFFSET / fs.block_size);
	if (!b)
		return -EIO;
	fs.sb.s_wtime = fs_now();
	memcpy(b->data + EXT2_SUPER_OFFSET % fs.block_size, &fs.sb, sizeof fs.sb);
	bdirty(b);
	brelse(b);
	return bsync();
}

int ext2_statfs(struct ext2_statfs *s)
{
	if (!fs.mounted)
		return -EINVAL;
	s->block_size = fs.block_size;
	s->blocks = fs.sb.s_blocks_count;
	s->free_blocks = fs.sb.s_free_blocks_count;
	s->avail_blocks = fs.sb.s_free_blocks_count > fs.sb.s_r_blocks_count ?
		fs.sb.s_free_blocks_count - fs.sb.s_r_blocks_count : 0;
	s->inodes = fs.sb.s_inodes_count;
	s->free_inodes = fs.sb.s_free_inodes_count;
	s->name_max = EXT2_NAME_LEN;
	return 0;
}

/* Find a clear bit among the first n of bitmap block blk, starting at from
 * and wrapping around, and set it. */
static int bitmap_take(uint32_t blk, uint32_t n, uint32_t from, uint32_t *bit)
{
	struct buf *b = bread(blk);
	if (!b)
		return -EIO;
	uint8_t *d = b->data;
	for (uint32_t k = 0; k < n; ) {
		uint32_t i = (from + k) % n;
		if ((i & 7) == 0 && i + 8 <= n && d[i >> 3] == 0xff) {
			k += 8;
			continue;
		}
		if (!(d[i >> 3] & (1u << (i & 7)))) {
			d[i >> 3] |= (uint8_t)(1u << (i & 7));
			bdirty(b);
			brelse(b);
			*bit = i;
			return 0;
		}
		k++;
	}
	brelse(b);
	return -ENOSPC;
}

static int bitmap_release(uint32_t blk, uint32_t bit)
{
	struct buf *b = bread(blk);
	if (!b)
		return -EIO;
	uint8_t m = (uint8_t)(1u << (bit & 7));
	int r = (b->data[bit >> 3] & m) ? 0 : -EIO;       /* freeing a free one: corrupt */
	b->data[bit >> 3] &= (uint8_t)~m;
	bdirty(b);
	brelse(b);
	return r;
}

int fs_balloc(uint32_t goal, uint32_t *out)
{
	if (fs.sb.s_free_blocks_count == 0)
		return -ENOSPC;
	if (!fs_block_ok(goal))
		goal = fs.block_hint;
	uint32_t rel = goal - fs.sb.s_first_data_block;
	uint32_t g0 = rel / fs.sb.s_blocks_per_group;
	for (uint32_t k = 0; k <= fs.ngroups; k++) {
		uint32_t g = (g0 + k) % fs.ngroups, bit;
		if (fs.groups[g].bg_free_blocks_count == 0)
			continue;
		uint32_t from = k == 0 ? rel % fs.sb.s_blocks_per_group : 0;
		int r = bitmap_take(fs.groups[g].bg_block_bitmap, group_nblocks(g), from, &bit);
		if (r == -ENOSPC)
			return -EIO;            /* the count said there was one */
		if (r < 0)
			return r;
		fs.groups[g].bg_free_blocks_count--;
		fs.sb.s_free_blocks_count--;
		*out = fs.sb.s_first_data_block + g * fs.sb.s_blocks_per_group + bit;
		fs.block_hint = *out + 1;
		return 0;
	}
	return -ENOSPC;
}

int fs_bfree(uint32_t b)
{
	if (!fs_block_ok(b))
		return -EIO;
	uint32_t rel = b - fs.sb.s_first_data_block;
	uint32_t g = rel / fs.sb.s_blocks_per_group;
	int r = bitmap_release(fs.groups[g].bg_block_bitmap, rel % fs.sb.s_blocks_per_group);
	if (r < 0)
		return r;
	fs.groups[g].bg_free_blocks_count++;
	fs.sb.s_free_blocks_count++;
	return 0;
}

int fs_ialloc(uint32_t parent, int is_dir, uint32_t *ino)
{
	if (fs.sb.s_free_inodes_count == 0)
		return -ENOSPC;
	uint32_t g0 = (parent - 1) / fs.sb.s_inodes_per_group % fs.ngroups;
	if (is_dir) {                   /* spread directories: the emptiest group */
		for (uint32_t g = 0; g < fs.ngroups; g++)
			if (fs.groups[g].bg_free_inodes_count > fs.groups[g0].bg_free_inodes_count)
				g0 = g;
	}
	for (uint32_t k = 0; k < fs.ngroups; k++) {
		uint32_t g = (g0 + k) % fs.ngroups, bit;
		if (fs.groups[g].bg_free_inodes_count == 0)
			continue;
		int r = bitmap_take(fs.groups[g].bg_inode_bitmap, fs.sb.s_inodes_per_group, 0, &bit);
		if (r == -ENOSPC)
			return -EIO;
		if (r < 0)
			return r;
		*ino = g * fs.sb.s_inodes_per_group + bit + 1;
		if (*ino < fs.first_ino)
			return -EIO;            /* reserved inodes are always marked */
		fs.groups[g].bg_free_inodes_count--;
		fs.sb.s_free_inodes_count--;
		if (is_dir)
			fs.groups[g].bg_used_dirs_count++;
		return 0;
	}
	return -ENOSPC;
}

int fs_ifree(uint32_t ino, int is_dir)
{
	if (ino < fs.first_ino || ino > fs.sb.s_inodes_count)
		return -EIO;
	uint32_t g = (ino - 1) / fs.sb.s_inodes_per_group;
	int r = bitmap_release(fs.groups[g].bg_inode_bitmap, (ino - 1) % fs.sb.s_inodes_per_group);
	if (r < 0)
		return r;
	fs.groups[g].bg_free_inodes_count++;
	fs.sb.s_free_inodes_count++;
	if (is_dir && fs.groups[g].bg_used_dirs_count)
		fs.groups[g].bg_used_dirs_count--;
	return 0;
}
