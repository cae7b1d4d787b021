/* memmove.c - copy n bytes between objects that may overlap: forward
 * through memcpy (which loads each piece before storing it) when the
 * destination is below the source, backward in pieces otherwise. */
#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

typedef uint64_t __attribute__((may_alias, aligned(1))) word_t;

void *memmove(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;
	if (d <= s || d >= s + n)
		return memcpy(dst, src, n);
	d += n;
	s += n;
#ifdef __SSE2__
	for (; n >= 16; n -= 16) {
		d -= 16;
		s -= 16;
		_mm_storeu_si128((__m128i *)d, _mm_loadu_si128((const __m128i *)s));
	}
#endif
	for (; n >= 8; n -= 8) {
		d -= 8;
		s -= 8;
		*(word_t *)d = *(const word_t *)s;
	}
	while (n--)
		*--d = *--s;
	return dst;
}
