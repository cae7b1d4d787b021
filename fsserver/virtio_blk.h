/* virtio_blk.h - the virtio-blk PCI disk (virtio 1.0 "modern" transport)
 * as an ext2_blockdev. */
#ifndef FSSERVER_VIRTIO_BLK_H
#define FSSERVER_VIRTIO_BLK_H

#include "ext2.h"

/* Find and start the first virtio-blk device; fill dev (read, write,
 * nsectors).  0 or -errno (-ENODEV: no disk). */
int virtio_blk_init(struct ext2_blockdev *dev);

#endif
