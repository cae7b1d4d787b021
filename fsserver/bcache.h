/* bcache.h - a write-back block cache with LRU eviction over an
 * ext2_blockdev: blocks are found by hash in O(1), dirty blocks are written
 * when evicted or at bsync(). */
#ifndef FSSERVER_BCACHE_H
#define FSSERVER_BCACHE_H

#include <stdint.h>
#include <stddef.h>
#include "ext2.h"

struct buf {
	uint32_t blockno;
	int refs;
	int dirty;
	struct buf *hnext;              /* hash chain */
	struct buf *prev, *next;        /* LRU list, most recently used first */
	uint8_t *data;
};

/* Start over with an empty cache that grows to max blocks of block_size
 * bytes (buffers of an earlier cache are dropped unwritten).  0 or
 * -ENOMEM. */
int bcache_init(const struct ext2_blockdev *dev, uint32_t block_size, size_t max);
/* The block, read if needed, with a reference; NULL on I/O error or when
 * no memory is left. */
struct buf *bread(uint32_t blockno);
/* The block for a caller that overwrites all of it: zero-filled, dirty,
 * never read from the device.  NULL when no memory is left. */
struct buf *bclear(uint32_t blockno);
void bdirty(struct buf *b);
void brelse(struct buf *b);
/* Write every dirty block: 0 or -EIO. */
int bsync(void);

#endif
