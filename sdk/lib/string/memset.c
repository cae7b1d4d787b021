/* memset.c - fill n bytes with a value: 16 bytes at a time with SSE2 where
 * the compiler may use it, then 8, then single bytes (not `rep stosb`,
 * which QEMU's TCG executes a byte per step). */
#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

typedef uint64_t __attribute__((may_alias, aligned(1))) word_t;

void *memset(void *dst, int c, size_t n)
{
	unsigned char *d = dst;
	uint64_t w = 0x0101010101010101ull * (unsigned char)c;
#ifdef __SSE2__
	__m128i v = _mm_set1_epi8((char)c);
	for (; n >= 16; n -= 16, d += 16)
		_mm_storeu_si128((__m128i *)d, v);
#endif
	for (; n >= 8; n -= 8, d += 8)
		*(word_t *)d = w;
	while (n--)
		*d++ = (unsigned char)c;
	return dst;
}
