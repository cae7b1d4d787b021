/* malloc_private.h - what the allocator's other entry points use. */
#ifndef MEM_MALLOC_PRIVATE_H
#define MEM_MALLOC_PRIVATE_H

#include <stddef.h>

struct malloc_chunk;

/* The chunk of a live block, or NULL for a pointer malloc did not give. */
struct malloc_chunk *__malloc_check(const void *p);
/* How many bytes the live block p can hold. */
size_t __malloc_usable(const void *p);
/* A block of n bytes aligned to align (a power of two). */
void *__malloc_aligned(size_t align, size_t n);

#endif
