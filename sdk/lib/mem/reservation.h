/* reservation.h - reserving pages of the mmap region. */
#ifndef MEM_RESERVATION_H
#define MEM_RESERVATION_H

#include <stddef.h>
#include <stdint.h>
#include "libos_state.h"

/* Reserve n free pages; their address, or 0 when no run is free. */
uintptr_t __mmap_reserve(struct libos_state *s, size_t n);
/* Mark the part of [va, va+len) inside the mmap region (un)reserved. */
void __mmap_mark(struct libos_state *s, uintptr_t va, size_t len, int reserved);
int __mmap_reserved(struct libos_state *s, uintptr_t va);
int __mmap_in_region(uintptr_t va, size_t len);

#endif
