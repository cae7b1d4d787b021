/* ext2_dir.c - directories as linked lists of entries in data blocks:
 * lookup, adding (splitting an entry's slack or appending a block),
 * removing (merging into the previous entry), retargeting, the empty
 * check, readdir, and the first block of a new directory.  A hashed
 * (htree) directory loses its index flag when it is modified. */
#include <string.h>
#include "ext2_impl.h"

#define fs ext2_fs

struct scan {
	const char *name;               /* the entry sought or added */
	size_t len;
	uint32_t ino;                   /* found, or to store */
	uint8_t ftype;                  /* to store */
	uint64_t pos;                   /* where the scan stopped */
	struct ext2_dirent *out;        /* readdir */
};

/* A visitor sees each entry (prev: offset of the entry before it in the
 * block, or UINT32_MAX) and returns 0 to go on, 1 to stop, or -errno. */
typedef int (*visit_fn)(struct buf *b, uint32_t off, uint32_t prev, struct scan *s);

static struct ext2_dirent_disk *ent(struct buf *b, uint32_t off)
{
	return (struct ext2_dirent_disk *)(b->data + off);
}

static uint32_t ent_namelen(const struct ext2_dirent_disk *d)
{
	return fs.filetype ? d->name_len : (uint32_t)d->name_len | (uint32_t)d->file_type << 8;
}

static uint32_t rec_size(size_t namelen)
{
	return (uint32_t)(EXT2_DIRENT_HEADER + namelen + 3) & ~3u;
}

static int block_check(struct buf *b)
{
	uint32_t off = 0, bs = fs.block_size;
	while (off < bs) {
		if (bs - off < EXT2_DIRENT_HEADER)
			return -EIO;
		struct ext2_dirent_disk *d = ent(b, off);
		uint32_t n = ent_namelen(d);
		if (d->rec_len < EXT2_DIRENT_HEADER || (d->rec_len & 3) || d->rec_len > bs - off)
			return -EIO;
		if (d->inode && (n == 0 || n > EXT2_NAME_LEN || EXT2_DIRENT_HEADER + n > d->rec_len ||
				 d->inode > fs.sb.s_inodes_count))
			return -EIO;
		off += d->rec_len;
	}
	return 0;
}

static int dir_scan(struct ext2_inode *in, uint64_t pos, visit_fn fn, struct scan *s)
{
	uint32_t bs = fs.block_size;
	uint64_t size = inode_size(in);
	if (size % bs)
		return -EIO;
	for (uint64_t lblk = pos / bs; lblk < size / bs; lblk++) {
		uint32_t pb;
		int r = inode_bmap(in, (uint32_t)lblk, 0, &pb);
		if (r < 0)
			return r;
		if (pb == 0)
			return -EIO;
		struct buf *b = bread(pb);
		if (!b)
			return -EIO;
		if ((r = block_check(b)) < 0) {
			brelse(b);
			return r;
		}
		uint32_t prev = UINT32_MAX;
		for (uint32_t off = 0; off < bs && r == 0; off += ent(b, off)->rec_len) {
			if (lblk * bs + off >= pos && (r = fn(b, off, prev, s)) == 1)
				s->pos = lblk * bs + off;
			prev = off;
		}
		brelse(b);
		if (r)
			return r;
	}
	return 0;
}

static int matches(struct ext2_dirent_disk *d, const struct scan *s)
{
	return d->inode && ent_namelen(d) == s->len && memcmp(d->name, s->name, s->len) == 0;
}

static int visit_lookup(struct buf *b, uint32_t off, uint32_t prev, struct scan *s)
{
	(void)prev;
	struct ext2_dirent_disk *d = ent(b, off);
	if (!matches(d, s))
		return 0;
	s->ino = d->inode;
	return 1;
}

static int visit_remove(struct buf *b, uint32_t off, uint32_t prev, struct scan *s)
{
	struct ext2_dirent_disk *d = ent(b, off);
	if (!matches(d, s))
		return 0;
	if (prev == UINT32_MAX)
		d->inode = 0;
	else
		ent(b, prev)->rec_len += d->rec_len;
	bdirty(b);
	return 1;
}

static void set_entry(struct ext2_dirent_disk *d, const struct scan *s)
{
	d->inode = s->ino;
	if (fs.filetype)
		d->file_type = s->ftype;
}

static int visit_set(struct buf *b, uint32_t off, uint32_t prev, struct scan *s)
{
	(void)prev;
	struct ext2_dirent_disk *d = ent(b, off);
	if (!matches(d, s))
		return 0;
	set_entry(d, s);
	bdirty(b);
	return 1;
}

static int visit_add(struct buf *b, uint32_t off, uint32_t prev, struct scan *s)
{
	(void)prev;
	struct ext2_dirent_disk *d = ent(b, off);
	uint32_t need = rec_size(s->len);
	if (d->inode) {
		uint32_t used = rec_size(ent_namelen(d));
		if (d->rec_len - used < need)
			return 0;
		struct ext2_dirent_disk *n = ent(b, off + used);
		n->rec_len = (uint16_t)(d->rec_len - used);
		d->rec_len = (uint16_t)used;
		d = n;
	} else if (d->rec_len < need) {
		return 0;
	}
	set_entry(d, s);
	d->name_len = (uint8_t)s->len;
	if (!fs.filetype)
		d->file_type = 0;       /* the high byte of the name length */
	memcpy(d->name, s->name, s->len);
	bdirty(b);
	return 1;
}

static int visit_nonempty(struct buf *b, uint32_t off, uint32_t prev, struct scan *s)
{
	(void)prev;
	(void)s;
	struct ext2_dirent_disk *d = ent(b, off);
	uint32_t n = ent_namelen(d);
	if (!d->inode || (n == 1 && d->name[0] == '.') ||
	    (n == 2 && d->name[0] == '.' && d->name[1] == '.'))
		return 0;
	return 1;
}

static const uint8_t ft_to_dt[8] = { 0, 8, 4, 2, 6, 1, 12, 10 };

static int visit_readdir(struct buf *b, uint32_t off, uint32_t prev, struct scan *s)
{
	(void)prev;
	struct ext2_dirent_disk *d = ent(b, off);
	if (!d->inode)
		return 0;
	uint32_t n = ent_namelen(d);
	s->out->ino = d->inode;
	s->out->type = fs.filetype && d->file_type < 8 ? ft_to_dt[d->file_type] : 0;
	memcpy(s->out->name, d->name, n);
	s->out->name[n] = 0;
	s->ino = d->rec_len;            /* to step past it */
	return 1;
}

static uint8_t mode_to_ft(uint32_t mode)
{
	switch (mode & EXT2_S_IFMT) {
	case EXT2_S_IFREG:  return EXT2_FT_REG_FILE;
	case EXT2_S_IFDIR:  return EXT2_FT_DIR;
	case EXT2_S_IFCHR:  return EXT2_FT_CHRDEV;
	case EXT2_S_IFBLK:  return EXT2_FT_BLKDEV;
	case EXT2_S_IFIFO:  return EXT2_FT_FIFO;
	case EXT2_S_IFSOCK: return EXT2_FT_SOCK;
	case EXT2_S_IFLNK:  return EXT2_FT_SYMLINK;
	}
	return EXT2_FT_UNKNOWN;
}

static int read_dir(uint32_t dir, struct ext2_inode *in)
{
	int r = inode_read(dir, in);
	if (r < 0)
		return r;
	return inode_is(in, EXT2_S_IFDIR) ? 0 : -ENOTDIR;
}

/* Run a visitor over directory dir; a stop found by a modifying visitor
 * updates the directory's times (and drops an htree index). */
static int dir_visit(uint32_t dir, visit_fn fn, struct scan *s, int modify)
{
	struct ext2_inode in;
	int r = read_dir(dir, &in);
	if (r < 0)
		return r;
	if ((r = dir_scan(&in, 0, fn, s)) == 1 && modify) {
		in.i_flags &= ~EXT2_INDEX_FL;
		inode_touch(&in, 0, 1, 1);
		int w = inode_write(dir, &in);
		if (w < 0)
			return w;
	}
	return r;
}

int dir_lookup(uint32_t dir, const char *name, size_t len, uint32_t *ino)
{
	struct scan s = { .name = name, .len = len };
	int r = dir_visit(dir, visit_lookup, &s, 0);
	if (r == 1)
		*ino = s.ino;
	return r == 1 ? 0 : r < 0 ? r : -ENOENT;
}

int dir_remove(uint32_t dir, const char *name, size_t len)
{
	struct scan s = { .name = name, .len = len };
	int r = dir_visit(dir, visit_remove, &s, 1);
	return r == 1 ? 0 : r < 0 ? r : -ENOENT;
}

int dir_set(uint32_t dir, const char *name, size_t len, uint32_t ino, uint32_t mode)
{
	struct scan s = { .name = name, .len = len, .ino = ino, .ftype = mode_to_ft(mode) };
	int r = dir_visit(dir, visit_set, &s, 1);
	return r == 1 ? 0 : r < 0 ? r : -ENOENT;
}

int dir_is_empty(uint32_t dir)
{
	struct scan s = { 0 };
	int r = dir_visit(dir, visit_nonempty, &s, 0);
	return r < 0 ? r : !r;
}

/* A new block at the end of a directory, holding one empty entry. */
static int dir_grow(struct ext2_inode *in, struct buf **bp)
{
	uint64_t size = inode_size(in);
	uint32_t pb;
	int r = inode_bmap(in, (uint32_t)(size / fs.block_size), 1, &pb);
	if (r < 0)
		return r;
	struct buf *b = bclear(pb);
	if (!b)
		return -EIO;
	ent(b, 0)->rec_len = (uint16_t)fs.block_size;
	inode_set_size(in, size + fs.block_size);
	*bp = b;
	return 0;
}

int dir_add(uint32_t dir, const char *name, size_t len, uint32_t ino, uint32_t mode)
{
	struct ext2_inode in;
	struct scan s = { .name = name, .len = len, .ino = ino, .ftype = mode_to_ft(mode) };
	int r = read_dir(dir, &in);
	if (r < 0)
		return r;
	if ((r = dir_scan(&in, 0, visit_add, &s)) < 0)
		return r;
	if (r == 0) {
		struct buf *b;
		if ((r = dir_grow(&in, &b)) < 0) {
			int w = inode_write(dir, &in);  /* an indirect block may be new */
			return w < 0 ? w : r;
		}
		visit_add(b, 0, UINT32_MAX, &s);
		brelse(b);
	}
	in.i_flags &= ~EXT2_INDEX_FL;
	inode_touch(&in, 0, 1, 1);
	return inode_write(dir, &in);
}

int dir_init(uint32_t dir, struct ext2_inode *in, uint32_t parent)
{
	struct buf *b;
	int r = dir_grow(in, &b);
	if (r < 0)
		return r;
	struct scan s = { .name = ".", .len = 1, .ino = dir, .ftype = EXT2_FT_DIR };
	visit_add(b, 0, UINT32_MAX, &s);
	s.name = "..";
	s.len = 2;
	s.ino = parent;
	visit_add(b, 0, UINT32_MAX, &s);
	brelse(b);
	in->i_links_count = 2;
	return 0;
}

int ext2_readdir(uint32_t dir, uint64_t *pos, struct ext2_dirent *d)
{
	struct ext2_inode in;
	struct scan s = { .out = d };
	int r = read_dir(dir, &in);
	if (r < 0)
		return r;
	if ((r = dir_scan(&in, *pos, visit_readdir, &s)) != 1) {
		if (r == 0)
			*pos = inode_size(&in);
		return r;
	}
	*pos = s.pos + s.ino;
	if (!fs.filetype) {
		struct ext2_inode child;
		if ((r = inode_read(d->ino, &child)) < 0)
			return r;
		d->type = (uint8_t)(child.i_mode >> 12);
	}
	return 1;
}
