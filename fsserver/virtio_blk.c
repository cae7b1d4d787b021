/* virtio_blk.c - a virtio-blk driver in user space: the device's
 * registers are memory-mapped through SYS_mmio_map, its queue and buffers
 * are the server's own pages (SYS_page_phys gives their addresses for
 * DMA), and its interrupt line is waited on with SYS_irq_wait.  One
 * request is in flight at a time; data moves through a bounce buffer of
 * BOUNCE_PAGES pages, each its own descriptor. */
#include <exov6/errno.h>
#include <exov6/syscall.h>
#include <string.h>
#include "pci.h"
#include "virtio_blk.h"

#define PAGE 4096ul
#define MMIO_VA   0x70000000ul          /* the device's BAR windows */
#define MMIO_SPAN 0x00100000ul
#define QUEUE_VA  0x70100000ul          /* desc, avail, used, request header */
#define BOUNCE_VA 0x70110000ul
#define BOUNCE_PAGES 16
#define QSIZE 32

#define VIRTIO_VENDOR 0x1af4
#define ST_ACK 1
#define ST_DRIVER 2
#define ST_DRIVER_OK 4
#define ST_FEATURES_OK 8
#define F_VERSION_1_HI 1                /* feature bit 32 */
#define DESC_NEXT 1
#define DESC_WRITE 2

struct common_cfg {
	uint32_t device_feature_select, device_feature;
	uint32_t driver_feature_select, driver_feature;
	uint16_t msix_config, num_queues;
	uint8_t device_status, config_generation;
	uint16_t queue_select, queue_size, queue_msix_vector, queue_enable, queue_notify_off;
	uint64_t queue_desc, queue_driver, queue_device;
};

struct desc {
	uint64_t addr;
	uint32_t len;
	uint16_t flags, next;
};

struct avail {
	uint16_t flags, idx, ring[QSIZE];
};

struct used {
	uint16_t flags, idx;
	struct { uint32_t id, len; } ring[QSIZE];
};

struct request {
	uint32_t type, reserved;
	uint64_t sector;
	uint8_t status;
};

static volatile struct common_cfg *common;
static volatile uint8_t *isr;
static volatile uint16_t *notify;
static volatile uint64_t *capacity;
static volatile struct desc *descs;
static volatile struct avail *avail;
static volatile struct used *used;
static volatile struct request *req;
static uint64_t req_pa, bounce_pa[BOUNCE_PAGES];
static uint16_t last_used;
static int irq;

static long phys(unsigned long va)
{
	return exov6_sys_page_phys(va);
}

/* Map the part of a BAR a capability points at; returns its address. */
static volatile void *map_cap(const struct pci_dev *d, uint8_t cap, uint32_t *extra)
{
	static unsigned long next_va = MMIO_VA;
	int bar = (int)(pci_read32(d, (uint8_t)(cap + 4)) & 0xff);
	uint32_t off = pci_read32(d, (uint8_t)(cap + 8));
	uint32_t len = pci_read32(d, (uint8_t)(cap + 12));
	if (extra)
		*extra = pci_read32(d, (uint8_t)(cap + 16));
	uint64_t bar_base = bar < 6 ? pci_bar_address(d, bar) : 0;
	uint64_t base = bar_base + off;
	uint64_t first = base & ~(PAGE - 1), end = (base + len + PAGE - 1) & ~(PAGE - 1);
	unsigned long va = next_va;
	if (!bar_base || va + (end - first) > MMIO_VA + MMIO_SPAN)
		return 0;
	for (uint64_t pa = first; pa < end; pa += PAGE, next_va += PAGE)
		if (exov6_sys_mmio_map(next_va, pa, EXOV6_PTE_W | EXOV6_PTE_NX) < 0)
			return 0;
	return (volatile void *)(va + (base - first));
}

static int find_caps(const struct pci_dev *d)
{
	uint32_t multiplier = 0;
	volatile uint8_t *notify_base = 0;
	for (uint8_t cap = pci_next_vendor_cap(d, 0); cap; cap = pci_next_vendor_cap(d, cap)) {
		switch (pci_read32(d, cap) >> 24) {
		case 1: common = map_cap(d, cap, 0); break;
		case 2: notify_base = map_cap(d, cap, &multiplier); break;
		case 3: isr = map_cap(d, cap, 0); break;
		case 4: capacity = map_cap(d, cap, 0); break;
		}
	}
	if (!common || !notify_base || !isr || !capacity)
		return -ENODEV;
	common->queue_select = 0;
	notify = (volatile uint16_t *)(notify_base + common->queue_notify_off * multiplier);
	return 0;
}

static int setup_queue(void)
{
	for (unsigned long i = 0; i < 4 + BOUNCE_PAGES; i++) {
		unsigned long va = i < 4 ? QUEUE_VA + i * PAGE : BOUNCE_VA + (i - 4) * PAGE;
		if (exov6_sys_page_alloc(0, va, EXOV6_PTE_W | EXOV6_PTE_NX) < 0)
			return -ENOMEM;
		if (i >= 4)
			bounce_pa[i - 4] = (uint64_t)phys(va);
	}
	descs = (volatile struct desc *)QUEUE_VA;
	avail = (volatile struct avail *)(QUEUE_VA + PAGE);
	used = (volatile struct used *)(QUEUE_VA + 2 * PAGE);
	req = (volatile struct request *)(QUEUE_VA + 3 * PAGE);
	req_pa = (uint64_t)phys(QUEUE_VA + 3 * PAGE);
	common->queue_select = 0;
	if (common->queue_size < BOUNCE_PAGES + 2)
		return -ENODEV;
	if (common->queue_size > QSIZE)
		common->queue_size = QSIZE;
	common->queue_desc = (uint64_t)phys(QUEUE_VA);
	common->queue_driver = (uint64_t)phys(QUEUE_VA + PAGE);
	common->queue_device = (uint64_t)phys(QUEUE_VA + 2 * PAGE);
	common->queue_enable = 1;
	return 0;
}

/* Wait until the device has used the request we made available. */
static void wait_used(void)
{
	while (used->idx == last_used) {
		if (irq) {
			exov6_sys_irq_wait(irq);
			(void)*isr;     /* reading the ISR acknowledges the interrupt */
		} else {
			exov6_sys_yield();
		}
	}
	last_used++;
}

/* One request of n sectors (at most the bounce buffer's). */
static int transfer(int write, uint64_t sector, uint32_t n)
{
	uint32_t bytes = n * 512, pages = (bytes + PAGE - 1) / PAGE;
	req->type = write ? 1 : 0;
	req->reserved = 0;
	req->sector = sector;
	req->status = 0xff;
	descs[0] = (struct desc){ req_pa, 16, DESC_NEXT, 1 };
	for (uint32_t i = 0; i < pages; i++) {
		uint32_t len = bytes - i * PAGE < PAGE ? bytes - i * PAGE : (uint32_t)PAGE;
		descs[1 + i] = (struct desc){ bounce_pa[i], len,
					      (uint16_t)(DESC_NEXT | (write ? 0 : DESC_WRITE)),
					      (uint16_t)(2 + i) };
	}
	descs[1 + pages] = (struct desc){ req_pa + 16, 1, DESC_WRITE, 0 };
	avail->ring[avail->idx % QSIZE] = 0;
	__atomic_thread_fence(__ATOMIC_SEQ_CST);
	avail->idx++;
	__atomic_thread_fence(__ATOMIC_SEQ_CST);
	*notify = 0;
	wait_used();
	return req->status == 0 ? 0 : -EIO;
}

static int blk_io(int write, uint64_t sector, void *buf, uint32_t nsectors)
{
	while (nsectors) {
		uint32_t n = nsectors < BOUNCE_PAGES * 8 ? nsectors : BOUNCE_PAGES * 8;
		if (write)
			memcpy((void *)BOUNCE_VA, buf, n * 512ul);
		int r = transfer(write, sector, n);
		if (r)
			return r;
		if (!write)
			memcpy(buf, (void *)BOUNCE_VA, n * 512ul);
		buf = (char *)buf + n * 512ul;
		sector += n;
		nsectors -= n;
	}
	return 0;
}

static int blk_read(void *ctx, uint64_t sector, void *buf, uint32_t nsectors)
{
	(void)ctx;
	return blk_io(0, sector, buf, nsectors);
}

static int blk_write(void *ctx, uint64_t sector, const void *buf, uint32_t nsectors)
{
	(void)ctx;
	return blk_io(1, sector, (void *)buf, nsectors);
}

int virtio_blk_init(struct ext2_blockdev *dev)
{
	static const uint16_t ids[] = { 0x1001, 0x1042 };
	struct pci_dev d;
	if (pci_find(VIRTIO_VENDOR, ids, 2, &d))
		return -ENODEV;
	/* Memory space and bus mastering on, INTx not disabled. */
	pci_write16(&d, 0x04, (uint16_t)((pci_read32(&d, 0x04) | 0x6) & ~0x400u));
	int r = find_caps(&d);
	if (r)
		return r;
	uint8_t line = (uint8_t)pci_read32(&d, 0x3c);
	irq = line >= 1 && line < 16 && line != 2 && line != 4 ? line : 0;

	common->device_status = 0;
	common->device_status = ST_ACK | ST_DRIVER;
	common->device_feature_select = 1;
	if (!(common->device_feature & F_VERSION_1_HI))
		return -ENODEV;
	common->driver_feature_select = 0;
	common->driver_feature = 0;
	common->driver_feature_select = 1;
	common->driver_feature = F_VERSION_1_HI;
	common->device_status = ST_ACK | ST_DRIVER | ST_FEATURES_OK;
	if (!(common->device_status & ST_FEATURES_OK))
		return -ENODEV;
	if ((r = setup_queue()))
		return r;
	common->device_status = ST_ACK | ST_DRIVER | ST_FEATURES_OK | ST_DRIVER_OK;

	dev->read = blk_read;
	dev->write = blk_write;
	dev->ctx = 0;
	dev->nsectors = *capacity;
	return 0;
}
