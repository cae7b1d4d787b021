/* memchr reads no byte past the match or the length (checked against a
 * PROT_NONE page right after the data), finds a zero byte, and compares
 * the character converted to unsigned char. */
#include "probe.h"
#include <sys/mman.h>
int main(void)
{
	char *two = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	expect(two != MAP_FAILED);
	if (two == MAP_FAILED)
		return 1;
	expect(mprotect(two + 4096, 4096, PROT_NONE) == 0);
	char *fence = two + 4096;
	expect(memchr(fence, 0, 0) == NULL);
	strcpy(fence - 9, "12345678");
	expect(memchr(fence - 9, 0, 79) == fence - 1);
	expect(memchr(fence - 1, 0, 3) == fence - 1);
	expect(memchr(fence - 4, '6', 16) == fence - 4);
	char abc[3] = { 'a', 'b', 'c' };
	expect(memchr(abc, 0x789abc00 | 'b', 3) == abc + 1);
	return probe_failures != 0;
}
