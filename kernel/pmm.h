/* pmm.h - physical page frames: allocation and reference counts. */
#ifndef KERNEL_PMM_H
#define KERNEL_PMM_H

#include <stdint.h>
#include <stddef.h>

/* Build the frame table from boot_info's memory ranges, keeping the kernel
 * image, low memory and the boot modules reserved.  Returns the highest
 * physical address of usable RAM. */
uint64_t pmm_init(void);

/* A free frame with reference count 0, zero filled; 0 when memory is out. */
uint64_t frame_alloc(void);
void frame_incref(uint64_t pa);
/* Drop one reference; the frame is freed with the last. */
void frame_decref(uint64_t pa);
size_t frames_free(void);
/* Add delta to the present-entry count of a page-table frame; returns
 * the new count. */
uint32_t frame_table_entries(uint64_t pa, int delta);
/* Is pa a frame of RAM (below the top the frame table covers)? */
int frame_is_ram(uint64_t pa);
/* How many references the frame has (2 for device memory). */
uint32_t frame_refs(uint64_t pa);

#endif
