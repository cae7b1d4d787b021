/* memcpy.c - copy n bytes between objects that do not overlap: 64 then 16
 * bytes at a time with SSE2 where the compiler may use it, then 8, then
 * single bytes.  (Not `rep movsb`: QEMU's TCG, where exov6 runs its
 * tests, executes it one byte per step.)  It copies forward and loads each
 * piece before storing it, which memmove relies on for dst < src. */
#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

typedef uint64_t __attribute__((may_alias, aligned(1))) word_t;

void *memcpy(void *restrict dst, const void *restrict src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;
#ifdef __SSE2__
	for (; n >= 64; n -= 64, d += 64, s += 64) {
		__m128i a = _mm_loadu_si128((const __m128i *)s);
		__m128i b = _mm_loadu_si128((const __m128i *)(s + 16));
		__m128i c = _mm_loadu_si128((const __m128i *)(s + 32));
		__m128i e = _mm_loadu_si128((const __m128i *)(s + 48));
		_mm_storeu_si128((__m128i *)d, a);
		_mm_storeu_si128((__m128i *)(d + 16), b);
		_mm_storeu_si128((__m128i *)(d + 32), c);
		_mm_storeu_si128((__m128i *)(d + 48), e);
	}
	for (; n >= 16; n -= 16, d += 16, s += 16)
		_mm_storeu_si128((__m128i *)d, _mm_loadu_si128((const __m128i *)s));
#endif
	for (; n >= 8; n -= 8, d += 8, s += 8)
		*(word_t *)d = *(const word_t *)s;
	while (n--)
		*d++ = *s++;
	return dst;
}
