/* malloc.c - the allocator.  Every block has a 16-byte header: its size
 * and kind, and a check word (its address scrambled) that free and realloc
 * verify, so foreign, misaligned and double-freed pointers are caught.
 *   small  (<= 1 KiB): 20 size classes, each a free list: O(1) both ways;
 *          chunks are carved 16 at a time from a medium block;
 *   medium: first fit over a free list of heap chunks with boundary tags,
 *          coalesced with free neighbours on free; the heap grows page by
 *          page in the heap region;
 *   large  (>= 128 KiB): a mapping of its own, unmapped again by free.
 * The state lives in the libOS state page (libos_state.h). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include "libos_state.h"
#include "malloc_private.h"

#define IN_USE     1ul
#define PREV_FREE  2ul
#define KIND_MASK  12ul
#define KIND_MEDIUM 0ul
#define KIND_SMALL 4ul
#define KIND_LARGE 8ul
#define KIND_ALIGNED 12ul
#define FLAGS      15ul
#define MAGIC      0x5eed0fe7c0ffee00ul
#define HEADER     16ul
#define MIN_MEDIUM 48ul                 /* header, two links, footer */
#define LARGE_MIN  (128ul * 1024)
#define SMALL_MAX  1024ul
#define CARVE      16

struct malloc_chunk {
	size_t head;                    /* size | flags */
	size_t check;
	struct malloc_chunk *next, *prev;       /* free medium chunks only */
};

static const unsigned short class_size[NCLASSES] = {
	16, 32, 48, 64, 80, 96, 112, 128, 160, 192, 224, 256,
	320, 384, 448, 512, 640, 768, 896, 1024,
};

static size_t chunk_size(const struct malloc_chunk *c)
{
	return c->head & ~FLAGS;
}

static void set_head(struct malloc_chunk *c, size_t size, size_t flags)
{
	c->head = size | flags;
	c->check = (uintptr_t)c ^ MAGIC;
}

static void *payload(const struct malloc_chunk *c)
{
	return (char *)c + HEADER;
}

static struct malloc_chunk *chunk_of(const void *p)
{
	return (struct malloc_chunk *)((uintptr_t)p - HEADER);
}

static struct malloc_chunk *next_chunk(struct malloc_chunk *c)
{
	return (struct malloc_chunk *)((char *)c + chunk_size(c));
}

static int class_of(size_t n)
{
	for (int i = 0; i < NCLASSES; i++)
		if (n <= class_size[i])
			return i;
	return -1;
}

/* --- medium chunks ------------------------------------------------------ */

static void set_footer(struct malloc_chunk *c)
{
	*(size_t *)((char *)c + chunk_size(c) - sizeof(size_t)) = chunk_size(c);
}

static void list_remove(struct libos_state *s, struct malloc_chunk *c)
{
	if (c->prev)
		c->prev->next = c->next;
	else
		s->free_medium = c->next;
	if (c->next)
		c->next->prev = c->prev;
}

static void list_push(struct libos_state *s, struct malloc_chunk *c)
{
	c->prev = NULL;
	c->next = s->free_medium;
	if (c->next)
		c->next->prev = c;
	s->free_medium = c;
}

/* Mark the chunk after c as having a free (or used) predecessor. */
static void tell_next(struct libos_state *s, struct malloc_chunk *c, int free)
{
	struct malloc_chunk *n = next_chunk(c);
	if ((uintptr_t)n < s->heap_top)
		n->head = free ? n->head | PREV_FREE : n->head & ~PREV_FREE;
}

/* Make c (size bytes, not on any list) free, merging with free neighbours;
 * a free chunk at the top of the heap goes back to the top. */
static void release_medium(struct libos_state *s, struct malloc_chunk *c, size_t size)
{
	if (c->head & PREV_FREE) {
		size_t psize = *(size_t *)((char *)c - sizeof(size_t));
		c = (struct malloc_chunk *)((char *)c - psize);
		list_remove(s, c);
		size += psize;
	}
	struct malloc_chunk *n = (struct malloc_chunk *)((char *)c + size);
	if ((uintptr_t)n < s->heap_top && !(n->head & IN_USE)) {
		list_remove(s, n);
		size += chunk_size(n);
	}
	if ((uintptr_t)c + size == s->heap_top) {
		s->heap_top = (uintptr_t)c;
		return;
	}
	set_head(c, size, KIND_MEDIUM);
	set_footer(c);
	list_push(s, c);
	tell_next(s, c, 1);
}

/* Use the first `size` bytes of free chunk c, giving back the rest. */
static struct malloc_chunk *take(struct libos_state *s, struct malloc_chunk *c, size_t size)
{
	size_t have = chunk_size(c);
	size_t prev_free = c->head & PREV_FREE;
	if (have - size >= MIN_MEDIUM) {
		struct malloc_chunk *rest = (struct malloc_chunk *)((char *)c + size);
		set_head(c, size, KIND_MEDIUM | IN_USE | prev_free);
		rest->head = IN_USE;    /* so release sees a used predecessor */
		release_medium(s, rest, have - size);
		return c;
	}
	set_head(c, have, KIND_MEDIUM | IN_USE | prev_free);
	tell_next(s, c, 0);
	return c;
}

static int grow_heap(struct libos_state *s, uintptr_t need_end)
{
	while (s->heap_end < need_end) {
		if (s->heap_end >= UHEAP_END || __libos_page_alloc(s->heap_end))
			return -1;
		s->heap_end += EXOV6_PAGE_SIZE;
	}
	return 0;
}

static struct malloc_chunk *alloc_medium(struct libos_state *s, size_t size)
{
	for (struct malloc_chunk *c = s->free_medium; c; c = c->next)
		if (chunk_size(c) >= size) {
			list_remove(s, c);
			return take(s, c, size);
		}
	if (!s->heap_top)
		s->heap_top = s->heap_end = UHEAP_BASE;
	if (size > UHEAP_END - s->heap_top || grow_heap(s, s->heap_top + size))
		return NULL;
	struct malloc_chunk *c = (struct malloc_chunk *)s->heap_top;
	s->heap_top += size;
	set_head(c, size, KIND_MEDIUM | IN_USE);
	return c;
}

/* --- small and large ---------------------------------------------------- */

static struct malloc_chunk *alloc_small(struct libos_state *s, int cls)
{
	struct malloc_chunk *c = s->free_small[cls];
	if (!c) {
		size_t csize = class_size[cls] + HEADER;
		struct malloc_chunk *block = alloc_medium(s, HEADER + CARVE * csize);
		if (!block)
			return NULL;
		char *p = payload(block);
		for (int i = CARVE - 1; i >= 0; i--) {
			struct malloc_chunk *k = (struct malloc_chunk *)(p + (size_t)i * csize);
			set_head(k, csize, KIND_SMALL);
			k->next = s->free_small[cls];
			s->free_small[cls] = k;
		}
		c = s->free_small[cls];
	}
	s->free_small[cls] = c->next;
	c->head |= IN_USE;
	return c;
}

static struct malloc_chunk *alloc_large(size_t size)
{
	size_t len = (size + EXOV6_PAGE_SIZE - 1) & ~(EXOV6_PAGE_SIZE - 1);
	void *m = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (m == MAP_FAILED)
		return NULL;
	set_head(m, len, KIND_LARGE | IN_USE);
	return m;
}

/* --- the interface ------------------------------------------------------ */

void *malloc(size_t n)
{
	struct libos_state *s = __libos_state();
	if (!s || n > UHEAP_END - UHEAP_BASE) {
		errno = ENOMEM;
		return NULL;
	}
	struct malloc_chunk *c;
	int cls = class_of(n ? n : 1);
	if (cls >= 0)
		c = alloc_small(s, cls);
	else if (n >= LARGE_MIN)
		c = alloc_large(n + HEADER);
	else
		c = alloc_medium(s, (n + HEADER + sizeof(size_t) + 15) & ~15ul);
	if (!c) {
		errno = ENOMEM;
		return NULL;
	}
	return payload(c);
}

struct malloc_chunk *__malloc_check(const void *p)
{
	struct libos_state *s = __libos_state();
	uintptr_t a = (uintptr_t)p;
	if (!s || a % 16 || !((a > UHEAP_BASE && a < s->heap_top) || (a > UMMAP_BASE && a < UMMAP_END)))
		return NULL;
	struct malloc_chunk *c = chunk_of(p);
	if (c->check != ((uintptr_t)c ^ MAGIC) || !(c->head & IN_USE))
		return NULL;
	return c;
}

size_t __malloc_usable(const void *p)
{
	struct malloc_chunk *c = chunk_of(p);
	switch (c->head & KIND_MASK) {
	case KIND_MEDIUM:
		return chunk_size(c) - HEADER - sizeof(size_t);
	case KIND_ALIGNED:
		return __malloc_usable((char *)payload(c) - chunk_size(c)) - chunk_size(c);
	default:
		return chunk_size(c) - HEADER;
	}
}

void *__malloc_aligned(size_t align, size_t n)
{
	if (align <= 16)
		return malloc(n);
	if (n > UHEAP_END - UHEAP_BASE || align > UHEAP_END - UHEAP_BASE) {
		errno = ENOMEM;
		return NULL;
	}
	char *raw = malloc(n + align + HEADER);
	if (!raw)
		return NULL;
	uintptr_t a = ((uintptr_t)raw + HEADER + align - 1) & ~(align - 1);
	struct malloc_chunk *c = chunk_of((void *)a);
	set_head(c, a - (uintptr_t)raw, KIND_ALIGNED | IN_USE);
	return (void *)a;
}

void free(void *p)
{
	if (!p)
		return;
	struct malloc_chunk *c = __malloc_check(p);
	if (!c) {
		/* A fixed message through write(2): a program that never
		 * formats anything must not link printf for this. */
		static const char msg[] = "free(): invalid or already freed pointer\n";
		write(STDERR_FILENO, msg, sizeof msg - 1);
		abort();
	}
	struct libos_state *s = __libos_state();
	switch (c->head & KIND_MASK) {
	case KIND_SMALL: {
		int cls = class_of(chunk_size(c) - HEADER);
		c->head &= ~IN_USE;
		c->next = s->free_small[cls];
		s->free_small[cls] = c;
		break;
	}
	case KIND_LARGE:
		c->head &= ~IN_USE;
		munmap(c, chunk_size(c));
		break;
	case KIND_ALIGNED:
		c->head &= ~IN_USE;
		free((char *)p - chunk_size(c));
		break;
	default:
		c->head &= ~IN_USE;
		release_medium(s, c, chunk_size(c));
	}
}
