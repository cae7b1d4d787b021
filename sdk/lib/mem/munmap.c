/* munmap.c - remove mappings: each page's frame (or its PROT_NONE stash)
 * is unmapped, so the kernel frees it with its last mapping, and the
 * pages' reservation in the mmap region ends. */
#include <errno.h>
#include <exov6/syscall.h>
#include <sys/mman.h>
#include "libos_state.h"
#include "reservation.h"
#include "../process/process_private.h"

int munmap(void *addr, size_t len)
{
	uintptr_t va = (uintptr_t)addr;
	len = (len + EXOV6_PAGE_SIZE - 1) & ~(EXOV6_PAGE_SIZE - 1);
	if (!__libos_user_range(va, len)) {
		errno = EINVAL;
		return -1;
	}
	for (uintptr_t p = va; p < va + len; p += EXOV6_PAGE_SIZE) {
		if (__libos_page_mapped(p))
			exov6_sys_page_unmap(0, p);
		if (__libos_page_mapped(p ^ UNONE_STASH_BIT))
			exov6_sys_page_unmap(0, p ^ UNONE_STASH_BIT);
	}
	struct libos_state *s = __libos_state();
	if (s)
		__mmap_mark(s, va, len, 0);
	return 0;
}
