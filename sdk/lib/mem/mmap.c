/* mmap.c - anonymous memory mappings: reserve pages in the mmap region (or
 * exactly where MAP_FIXED says), then give each page a zeroed frame with
 * the asked rights.  PROT_NONE pages stay reserved without a frame until
 * mprotect gives them rights.  MAP_SHARED pages stay shared across fork. */
#include <errno.h>
#include <exov6/syscall.h>
#include <sys/mman.h>
#include "libos_state.h"
#include "reservation.h"

#define PAGE EXOV6_PAGE_SIZE

void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off)
{
	int kind = flags & (MAP_SHARED | MAP_PRIVATE);
	if (len == 0 || (kind != MAP_SHARED && kind != MAP_PRIVATE) ||
	    (flags & ~(MAP_SHARED | MAP_PRIVATE | MAP_FIXED | MAP_ANONYMOUS)) ||
	    (prot & ~(PROT_READ | PROT_WRITE | PROT_EXEC)) || len > UMMAP_END - UMMAP_BASE) {
		errno = EINVAL;
		return MAP_FAILED;
	}
	if (!(flags & MAP_ANONYMOUS)) {
		(void)fd;
		(void)off;
		errno = ENODEV;         /* file mappings come with the file server */
		return MAP_FAILED;
	}
	struct libos_state *s = __libos_state();
	if (!s) {
		errno = ENOMEM;
		return MAP_FAILED;
	}
	len = (len + PAGE - 1) & ~(PAGE - 1);
	uintptr_t va;
	if (flags & MAP_FIXED) {
		va = (uintptr_t)addr;
		if (!__libos_user_range(va, len)) {
			errno = EINVAL;
			return MAP_FAILED;
		}
		munmap(addr, len);
		__mmap_mark(s, va, len, 1);
	} else if (!(va = __mmap_reserve(s, len / PAGE))) {
		errno = ENOMEM;
		return MAP_FAILED;
	}
	if (prot == PROT_NONE)
		return (void *)va;
	unsigned long perm = __libos_prot_perm(prot) | (kind == MAP_SHARED ? EXOV6_PTE_SHARE : 0);
	for (uintptr_t p = va; p < va + len; p += PAGE) {
		long r = exov6_sys_page_alloc(0, p, perm);
		if (r) {
			munmap((void *)va, len);
			errno = r == -ENOMEM ? ENOMEM : (int)-r;
			return MAP_FAILED;
		}
	}
	return (void *)va;
}
