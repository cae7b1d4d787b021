/* bcache.c - the block cache: a hash table of buffers for O(1) lookup and
 * an LRU list for eviction; a dirty victim is written before its buffer is
 * reused.  The cache grows buffer by buffer up to its size, and beyond
 * it only while every buffer is in use.  Device
 * requests move up to CLUSTER blocks at once: a miss reads ahead, and a
 * write takes the dirty blocks that follow along. */
#include <stdlib.h>
#include <string.h>
#include "bcache.h"
#include "ext2_errno.h"

#define CLUSTER 16

static struct ext2_blockdev dev;
static uint8_t *stage_in, *stage_out;   /* one request's blocks, each way */
static uint32_t bsize;
static struct buf **table;
static uint32_t tmask;
static size_t nbufs, max_bufs;          /* buffers made so far, and the aim */
static struct buf *lru_head, *lru_tail;

static void lru_unlink(struct buf *b)
{
	if (b->prev) b->prev->next = b->next; else lru_head = b->next;
	if (b->next) b->next->prev = b->prev; else lru_tail = b->prev;
	b->prev = b->next = NULL;
}

static void lru_push_front(struct buf *b)
{
	b->prev = NULL;
	b->next = lru_head;
	if (lru_head) lru_head->prev = b; else lru_tail = b;
	lru_head = b;
}

static uint32_t hash(uint32_t blockno)
{
	return (blockno * 2654435761u) & tmask;
}

static void hash_remove(struct buf *b)
{
	struct buf **p = &table[hash(b->blockno)];
	while (*p != b)
		p = &(*p)->hnext;
	*p = b->hnext;
}

/* The cached buffer of blockno, or NULL. */
static struct buf *find(uint32_t blockno)
{
	for (struct buf *b = table[hash(blockno)]; b; b = b->hnext)
		if (b->blockno == blockno)
			return b;
	return NULL;
}

/* Write b together with the dirty blocks cached around it, in one device
 * request of at most CLUSTER blocks (so writing dirty blocks in any order
 * still makes long requests). */
static int write_block(struct buf *b)
{
	uint32_t spb = bsize / 512, n = 1;
	struct buf *run[CLUSTER], *before;
	for (int back = 1; back < CLUSTER && b->blockno > 0 && (before = find(b->blockno - 1)) &&
	     before->dirty; back++)
		b = before;
	run[0] = b;
	while (n < CLUSTER && (run[n] = find(b->blockno + n)) && run[n]->dirty)
		n++;
	for (uint32_t i = 0; i < n; i++)
		memcpy(stage_out + (size_t)i * bsize, run[i]->data, bsize);
	if (dev.write(dev.ctx, (uint64_t)b->blockno * spb, stage_out, n * spb) < 0)
		return -EIO;
	for (uint32_t i = 0; i < n; i++)
		run[i]->dirty = 0;
	return 0;
}

static struct buf *new_buf(void)
{
	struct buf *b = calloc(1, sizeof *b);
	if (!b) return NULL;
	b->data = malloc(bsize);
	if (!b->data) { free(b); return NULL; }
	b->blockno = UINT32_MAX;        /* in no hash chain */
	return b;
}

static void free_all(void)
{
	while (lru_head) {
		struct buf *b = lru_head;
		lru_unlink(b);
		free(b->data);
		free(b);
	}
	free(table);
	table = NULL;
	nbufs = 0;
	free(stage_in);
	free(stage_out);
	stage_in = stage_out = NULL;
}

int bcache_init(const struct ext2_blockdev *d, uint32_t block_size, size_t max)
{
	free_all();
	dev = *d;
	bsize = block_size;
	max_bufs = max < 16 ? 16 : max;
	uint32_t size = 1;
	while (size < 2 * max_bufs) size <<= 1;
	table = calloc(size, sizeof *table);
	stage_in = malloc((size_t)CLUSTER * bsize);
	stage_out = malloc((size_t)CLUSTER * bsize);
	if (!table || !stage_in || !stage_out) { free_all(); return -ENOMEM; }
	tmask = size - 1;
	return 0;
}

/* The cached buffer of blockno, or a free one taken over for it (its
 * contents undefined, *fresh set). */
static struct buf *get(uint32_t blockno, int *fresh)
{
	struct buf *b;
	for (b = table[hash(blockno)]; b; b = b->hnext) {
		if (b->blockno == blockno) {
			b->refs++;
			*fresh = 0;
			return b;
		}
	}
	b = NULL;
	if (nbufs >= max_bufs)
		for (b = lru_tail; b && b->refs; b = b->prev)
			;
	if (b) {
		if (b->dirty && write_block(b) < 0)
			return NULL;
		if (b->blockno != UINT32_MAX)
			hash_remove(b);
		lru_unlink(b);
	} else if ((b = new_buf())) {
		nbufs++;
	} else {
		return NULL;
	}
	b->blockno = blockno;
	b->refs = 1;
	b->dirty = 0;
	b->hnext = table[hash(blockno)];
	table[hash(blockno)] = b;
	lru_push_front(b);
	*fresh = 1;
	return b;
}

/* Forget a buffer whose contents could not be read. */
static void drop(struct buf *b)
{
	hash_remove(b);
	b->blockno = UINT32_MAX;
	b->refs = 0;
	lru_unlink(b);
	b->next = NULL;
	b->prev = lru_tail;
	if (lru_tail) lru_tail->next = b; else lru_head = b;
	lru_tail = b;
}

/* A miss reads ahead: the blocks after blockno that are not cached come
 * in with it, in one device request of at most CLUSTER blocks. */
struct buf *bread(uint32_t blockno)
{
	int fresh;
	struct buf *b = get(blockno, &fresh);
	if (!b || !fresh)
		return b;
	uint64_t spb = bsize / 512, n = 1;
	while (n < CLUSTER && blockno + n > blockno && (blockno + n + 1) * spb <= dev.nsectors &&
	       !find(blockno + (uint32_t)n))
		n++;
	if (((uint64_t)blockno + 1) * spb > dev.nsectors ||
	    dev.read(dev.ctx, (uint64_t)blockno * spb, stage_in, (uint32_t)(n * spb)) < 0) {
		drop(b);
		return NULL;
	}
	memcpy(b->data, stage_in, bsize);
	for (uint32_t i = 1; i < n; i++) {
		struct buf *ahead = get(blockno + i, &fresh);
		if (!ahead)
			break;
		if (fresh)
			memcpy(ahead->data, stage_in + (size_t)i * bsize, bsize);
		ahead->refs--;
	}
	return b;
}

struct buf *bclear(uint32_t blockno)
{
	int fresh;
	struct buf *b = get(blockno, &fresh);
	if (b) {
		memset(b->data, 0, bsize);
		b->dirty = 1;
	}
	return b;
}

void bdirty(struct buf *b)
{
	b->dirty = 1;
}

void brelse(struct buf *b)
{
	if (--b->refs == 0 && b != lru_head) {
		lru_unlink(b);
		lru_push_front(b);
	}
}

int bsync(void)
{
	int r = 0;
	for (struct buf *b = lru_head; b; b = b->next)
		if (b->dirty && write_block(b) < 0)
			r = -EIO;
	return r;
}
