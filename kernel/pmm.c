/* pmm.c - the physical page allocator: one reference-counted entry per 4 KiB
 * frame below the top of RAM, free frames on a singly linked list threaded
 * through the entries.  Frames never handed out (low memory, the kernel,
 * the boot modules, holes) simply never enter the free list. */
#include "pmm.h"
#include "kprintf.h"
#include "memlayout.h"
#include "multiboot.h"
#include <string.h>

struct frame {
	uint32_t ref;
	union {
		uint32_t next_free;     /* free: frame number + 1; 0 ends the list */
		uint32_t entries;       /* a page table: how many entries are present */
	};
};

extern char kernel_end[];

static struct frame *frames;
static uint64_t nframes;
static uint32_t free_head;
static size_t nfree;

static void free_push(uint32_t n)
{
	frames[n].next_free = free_head;
	free_head = n + 1;
	nfree++;
}

static int reserved(uint64_t pa, uint64_t table_end)
{
	if (pa < table_end)
		return 1;       /* low memory, kernel image, frame table */
	for (int i = 0; i < boot_info.nmodules; i++)
		if (pa + PGSIZE > boot_info.modules[i].start && pa < boot_info.modules[i].end)
			return 1;
	return 0;
}

uint64_t pmm_init(void)
{
	uint64_t top = 0;
	for (int i = 0; i < boot_info.nranges; i++)
		if (boot_info.ranges[i].end > top)
			top = boot_info.ranges[i].end;
	if (top > PHYSMAP_MAX)
		top = PHYSMAP_MAX;
	nframes = top / PGSIZE;

	/* The frame table goes after the kernel and the modules; the boot page
	 * tables map the first 4 GiB, which is where it must fit. */
	uint64_t table = v2p(kernel_end);
	for (int i = 0; i < boot_info.nmodules; i++)
		if (boot_info.modules[i].end > table)
			table = boot_info.modules[i].end;
	table = PGROUNDUP(table);
	uint64_t table_end = PGROUNDUP(table + nframes * sizeof(struct frame));
	if (table_end > (4ull << 30))
		panic("kernel, boot modules and frame table exceed the first 4 GiB");
	frames = p2v(table);
	memset(frames, 0, nframes * sizeof(struct frame));

	for (int i = 0; i < boot_info.nranges; i++) {
		uint64_t pa = PGROUNDUP(boot_info.ranges[i].start);
		for (; pa + PGSIZE <= boot_info.ranges[i].end && pa < top; pa += PGSIZE)
			if (!reserved(pa, table_end))
				free_push((uint32_t)(pa / PGSIZE));
	}
	/* The kernel holds a reference to every module frame forever, so
	 * unmapping a module from user space never frees it. */
	for (int i = 0; i < boot_info.nmodules; i++)
		for (uint64_t pa = PGROUNDDOWN(boot_info.modules[i].start);
		     pa < boot_info.modules[i].end && pa < top; pa += PGSIZE)
			frame_incref(pa);
	return top;
}

uint64_t frame_alloc(void)
{
	if (!free_head)
		return 0;
	uint32_t n = free_head - 1;
	free_head = frames[n].next_free;
	frames[n].next_free = 0;
	frames[n].ref = 0;
	nfree--;
	uint64_t pa = (uint64_t)n * PGSIZE;
	memset(p2v(pa), 0, PGSIZE);
	return pa;
}

/* Device memory above RAM (SYS_mmio_map) has no frame entry: it is never
 * counted nor freed. */
int frame_is_ram(uint64_t pa)
{
	return pa / PGSIZE < nframes;
}

void frame_incref(uint64_t pa)
{
	if (frame_is_ram(pa))
		frames[pa / PGSIZE].ref++;
}

void frame_decref(uint64_t pa)
{
	uint32_t n = (uint32_t)(pa / PGSIZE);
	if (!frame_is_ram(pa))
		return;
	if (frames[n].ref == 0)
		panic("frame %lx freed twice", pa);
	if (--frames[n].ref == 0)
		free_push(n);
}

uint32_t frame_table_entries(uint64_t pa, int delta)
{
	return frames[pa / PGSIZE].entries += (uint32_t)delta;
}

uint32_t frame_refs(uint64_t pa)
{
	if (!frame_is_ram(pa))
		return 2;       /* device memory counts as shared */
	return frames[pa / PGSIZE].ref;
}

size_t frames_free(void)
{
	return nfree;
}
