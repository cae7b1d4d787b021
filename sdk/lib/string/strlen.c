/* strlen.c - length of a string, 16 bytes at a time with SSE2 where the
 * compiler may use it (user code; the kernel is built without SSE and
 * gets the byte loop).  Loads are 16-byte aligned, so they never cross
 * into a page the string does not reach. */
#include <stdint.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>

size_t strlen(const char *s)
{
	uintptr_t addr = (uintptr_t)s;
	const __m128i *p = (const __m128i *)(addr & ~(uintptr_t)15);
	const __m128i zero = _mm_setzero_si128();
	/* The first block: ignore the bytes before s. */
	unsigned mask = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_load_si128(p), zero)) >> (addr & 15);
	if (mask)
		return (size_t)__builtin_ctz(mask);
	for (;;) {
		mask = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_load_si128(++p), zero));
		if (mask)
			return (size_t)((const char *)p - s) + (size_t)__builtin_ctz(mask);
	}
}
#else
size_t strlen(const char *s)
{
	const char *p = s;
	while (*p)
		p++;
	return (size_t)(p - s);
}
#endif
