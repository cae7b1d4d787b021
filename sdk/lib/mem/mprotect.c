/* mprotect.c - change the rights of mapped pages.  PROT_NONE moves a
 * page's frame to its stash address (va ^ UNONE_STASH_BIT) so the contents
 * survive; giving rights back moves it home.  A reserved mmap page that
 * never had a frame gets a zeroed one.  Pages neither mapped nor reserved
 * fail with ENOMEM, as POSIX says. */
#include <errno.h>
#include <exov6/syscall.h>
#include <sys/mman.h>
#include "libos_state.h"
#include "reservation.h"
#include "../process/process_private.h"

static int page_exists(struct libos_state *s, uintptr_t p)
{
	return __libos_page_mapped(p) || __libos_page_mapped(p ^ UNONE_STASH_BIT) ||
	       __mmap_reserved(s, p);
}

static int protect_page(uintptr_t p, int prot)
{
	uintptr_t stash = p ^ UNONE_STASH_BIT;
	unsigned long perm = __libos_prot_perm(prot);
	if (__libos_page_mapped(p)) {
		if (prot != PROT_NONE)
			return __libos_page_protect(p, perm | (UVPT_PTE(p) & EXOV6_PTE_SHARE));
		long r = exov6_sys_page_map(0, p, 0, stash,
					    EXOV6_PTE_NX | (UVPT_PTE(p) & EXOV6_PTE_SHARE));
		return r ? (int)r : (int)exov6_sys_page_unmap(0, p);
	}
	if (prot == PROT_NONE)
		return 0;
	if (!__libos_page_mapped(stash))
		return (int)exov6_sys_page_alloc(0, p, perm);
	unsigned long share = UVPT_PTE(stash) & EXOV6_PTE_SHARE;
	long r = exov6_sys_page_map(0, stash, 0, p, EXOV6_PTE_NX | share);
	if (r == 0)
		r = exov6_sys_page_unmap(0, stash);
	return r ? (int)r : __libos_page_protect(p, perm | share);
}

int mprotect(void *addr, size_t len, int prot)
{
	uintptr_t va = (uintptr_t)addr;
	len = (len + EXOV6_PAGE_SIZE - 1) & ~(EXOV6_PAGE_SIZE - 1);
	struct libos_state *s = __libos_state();
	if (!__libos_user_range(va, len) || (prot & ~(PROT_READ | PROT_WRITE | PROT_EXEC)) || !s) {
		errno = s ? EINVAL : ENOMEM;
		return -1;
	}
	for (uintptr_t p = va; p < va + len; p += EXOV6_PAGE_SIZE)
		if (!page_exists(s, p)) {
			errno = ENOMEM;
			return -1;
		}
	for (uintptr_t p = va; p < va + len; p += EXOV6_PAGE_SIZE) {
		int r = protect_page(p, prot);
		if (r) {
			errno = -r;
			return -1;
		}
	}
	return 0;
}
