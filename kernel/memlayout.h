/* memlayout.h - the kernel's half of every address space: the kernel image
 * at KERNBASE and a direct map of all physical memory at PHYSMAP, and the
 * conversions between physical and kernel virtual addresses. */
#ifndef KERNEL_MEMLAYOUT_H
#define KERNEL_MEMLAYOUT_H

#include <stdint.h>

#define KERNBASE    0xffffffff80000000ull
#define PHYSMAP     0xffff800000000000ull
#define PHYSMAP_MAX 0x0000008000000000ull /* 512 GiB: one PML4 slot */

#define PGSIZE      4096ull
#define PGROUNDDOWN(a) ((a) & ~(PGSIZE - 1))
#define PGROUNDUP(a)   (((a) + PGSIZE - 1) & ~(PGSIZE - 1))

/* Physical address -> pointer through the direct map. */
static inline void *p2v(uint64_t pa)
{
	return (void *)(uintptr_t)(pa + PHYSMAP);
}

/* Pointer in the direct map or the kernel image -> physical address. */
static inline uint64_t v2p(const void *va)
{
	uint64_t a = (uint64_t)(uintptr_t)va;
	return a >= KERNBASE ? a - KERNBASE : a - PHYSMAP;
}

#endif
