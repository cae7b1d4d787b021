/* explicit_bzero.c - zero memory in a way the compiler may not drop, even
 * when the object is never read again (for secrets). */
#include <string.h>

void explicit_bzero(void *s, size_t n)
{
	memset(s, 0, n);
	/* The zeroed memory "escapes" into an asm that might read it. */
	__asm__ __volatile__("" : : "r"(s) : "memory");
}
