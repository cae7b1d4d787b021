/* malloc.h - the allocator's interface as glibc has it: <stdlib.h>'s
 * functions, memalign, valloc, pvalloc, malloc_usable_size, and mallopt
 * and malloc_trim (exov6's allocator has no tunables and keeps no memory
 * it could trim: mallopt answers 0 (not done), malloc_trim 0 (nothing
 * released)). */
#ifndef _MALLOC_H
#define _MALLOC_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

void *malloc(size_t n);
void *calloc(size_t count, size_t size);
void *realloc(void *p, size_t n);
void *reallocarray(void *p, size_t n, size_t size);
void free(void *p);
void *memalign(size_t align, size_t n);
void *valloc(size_t n);
void *pvalloc(size_t n);
size_t malloc_usable_size(void *p);

#define M_TRIM_THRESHOLD -1
#define M_TOP_PAD        -2
#define M_MMAP_THRESHOLD -3
#define M_MMAP_MAX       -4
#define M_CHECK_ACTION   -5
#define M_PERTURB        -6
#define M_ARENA_TEST     -7
#define M_ARENA_MAX      -8
int mallopt(int param, int value);
int malloc_trim(size_t pad);

#ifdef __cplusplus
}
#endif
#endif
