/* main.c - the file server: starts the virtio-blk disk, mounts its ext2
 * file system and answers requests (exov6/fs_protocol.h) forever, one at
 * a time, each reply going out with the next receive. */
#include <exov6/errno.h>
#include <exov6/ipc.h>
#include <exov6/syscall.h>
#include <stdio.h>
#include <time.h>
#include "clients.h"
#include "ext2.h"
#include "requests.h"
#include "virtio_blk.h"

/* The block cache may grow to a quarter of the memory free at start, at
 * least 1024 and at most 32768 blocks (the malloc heap's room). */
#define CACHE_MIN 1024
#define CACHE_MAX 32768
#define COLLECT_EVERY 512

static uint32_t now(void)
{
	return (uint32_t)time(0);
}

int main(void)
{
	struct ext2_blockdev dev;
	int r = virtio_blk_init(&dev);
	if (r) {
		printf("fsserver: no usable virtio-blk disk (%d)\n", r);
		return 1;
	}
	dev.now = now;
	long cache = exov6_sys_mem_free_pages() / 4;
	cache = cache < CACHE_MIN ? CACHE_MIN : cache > CACHE_MAX ? CACHE_MAX : cache;
	if ((r = ext2_mount(&dev, (size_t)cache))) {
		printf("fsserver: cannot mount the disk's ext2 file system (%d)\n", r);
		return 1;
	}
	exov6_sys_ipc_window(FS_WINDOW_VA);

	struct exov6_msg m = exov6_ipc_recv(0);
	for (unsigned long served = 1;; served++) {
		long result = -EINVAL;
		if (m.error == 0) {
			struct client *c = client_get(m.from);
			result = c ? request_do(c, m.w, m.perm) : -ENFILE;
		}
		if (m.perm)
			exov6_sys_page_unmap(0, FS_WINDOW_VA);
		if (served % COLLECT_EVERY == 0)
			clients_collect();
		m = exov6_ipc_reply_recv(m.error == 0 && m.wants_reply ? m.from : 0,
					 (unsigned long)result, 0, 0, 0, 0);
	}
}
