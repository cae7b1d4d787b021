/* reservation.c - which pages of the mmap region are taken: one bit per
 * page in the libOS state, searched first fit (so freed addresses, and the
 * page tables under them, are used again) from the lowest page that may
 * be free. */
#include <stdint.h>
#include "libos_state.h"
#include "reservation.h"

static size_t page_index(uintptr_t va)
{
	return (va - UMMAP_BASE) / EXOV6_PAGE_SIZE;
}

static int taken(const struct libos_state *s, size_t i)
{
	return (s->mmap_reserved[i / 64] >> (i % 64)) & 1;
}

static void mark(struct libos_state *s, size_t first, size_t n, int on)
{
	for (size_t i = first; i < first + n; i++) {
		if (on)
			s->mmap_reserved[i / 64] |= 1ul << (i % 64);
		else
			s->mmap_reserved[i / 64] &= ~(1ul << (i % 64));
	}
}

uintptr_t __mmap_reserve(struct libos_state *s, size_t n)
{
	if (n == 0 || n > MMAP_PAGES)
		return 0;
	size_t run = 0;
	for (size_t i = s->mmap_hint; i < MMAP_PAGES; i++) {
		if (taken(s, i)) {
			run = 0;
			if (s->mmap_reserved[i / 64] == ~0ul)
				i |= 63;        /* skip a full word at once */
			continue;
		}
		if (++run == n) {
			size_t first = i + 1 - n;
			mark(s, first, n, 1);
			if (first == s->mmap_hint)
				s->mmap_hint = i + 1;
			return UMMAP_BASE + first * EXOV6_PAGE_SIZE;
		}
	}
	return 0;
}

int __mmap_in_region(uintptr_t va, size_t len)
{
	return va >= UMMAP_BASE && va < UMMAP_END && len <= UMMAP_END - va;
}

void __mmap_mark(struct libos_state *s, uintptr_t va, size_t len, int reserved)
{
	uintptr_t lo = va < UMMAP_BASE ? UMMAP_BASE : va;
	uintptr_t hi = va + len > UMMAP_END ? UMMAP_END : va + len;
	if (lo >= hi)
		return;
	mark(s, page_index(lo), (hi - lo) / EXOV6_PAGE_SIZE, reserved);
	if (!reserved && page_index(lo) < s->mmap_hint)
		s->mmap_hint = page_index(lo);
}

int __mmap_reserved(struct libos_state *s, uintptr_t va)
{
	return __mmap_in_region(va, EXOV6_PAGE_SIZE) && taken(s, page_index(va));
}
