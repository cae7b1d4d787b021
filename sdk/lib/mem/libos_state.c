/* libos_state.c - find (or create) the process-wide libOS state; a fresh
 * data page; PROT_* bits as page rights. */
#include <exov6/syscall.h>
#include <sys/mman.h>
#include "libos_state.h"
#include "../process/process_private.h"

_Static_assert(sizeof(struct libos_state) <= ULIBOS_STATE_END - ULIBOS_STATE,
	       "libOS state outgrew its region");

int __libos_page_alloc(uintptr_t va)
{
	return exov6_sys_page_alloc(0, va, EXOV6_PTE_W | EXOV6_PTE_NX) < 0 ? -1 : 0;
}

struct libos_state *__libos_state(void)
{
	struct libos_state *s = (struct libos_state *)ULIBOS_STATE;
	uintptr_t end = ULIBOS_STATE + sizeof *s;
	for (uintptr_t va = ULIBOS_STATE; va < end; va += EXOV6_PAGE_SIZE)
		if (!__libos_page_mapped(va) && __libos_page_alloc(va))
			return NULL;
	return s;
}

unsigned long __libos_prot_perm(int prot)
{
	return ((prot & PROT_WRITE) ? EXOV6_PTE_W : 0) | ((prot & PROT_EXEC) ? 0 : EXOV6_PTE_NX);
}

int __libos_user_range(uintptr_t va, size_t len)
{
	uintptr_t end = va + len;
	return len && va % EXOV6_PAGE_SIZE == 0 && va < UADDR_LIMIT && len <= UADDR_LIMIT - va &&
	       (end <= ULIBOS_BASE || va >= ULIBOS_END) && (end <= UVPT || va >= UVPT_END) &&
	       (end <= (UVPT ^ UNONE_STASH_BIT) || va >= (UVPT_END ^ UNONE_STASH_BIT));
}
