/* memchr.c - find a byte in the first n bytes of an object, 16 bytes at a
 * time with SSE2 where the compiler may use it (aligned loads, which never
 * cross into a page the object does not reach); a byte loop otherwise
 * (the kernel). */
#include <stdint.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>

void *memchr(const void *s, int c, size_t n)
{
	if (n == 0)
		return NULL;
	uintptr_t addr = (uintptr_t)s, end = addr + n;
	if (end < addr)
		end = UINTPTR_MAX;      /* "n is large enough": search to the byte */
	const __m128i needle = _mm_set1_epi8((char)c);
	const __m128i *p = (const __m128i *)(addr & ~(uintptr_t)15);
	unsigned mask = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_load_si128(p), needle)) >> (addr & 15)
			<< (addr & 15);
	for (;;) {
		if (mask) {
			uintptr_t at = (uintptr_t)p + (uintptr_t)__builtin_ctz(mask);
			return at < end ? (void *)at : NULL;
		}
		if ((uintptr_t)(p + 1) >= end)
			return NULL;
		mask = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_load_si128(++p), needle));
	}
}
#else
void *memchr(const void *s, int c, size_t n)
{
	const unsigned char *p = s;
	for (size_t i = 0; i < n; i++)
		if (p[i] == (unsigned char)c)
			return (void *)(p + i);
	return NULL;
}
#endif
