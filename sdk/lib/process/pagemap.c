/* pagemap.c - our own page tables: read them through the read-only window
 * at UVPT (upper levels first), and change a page's rights. */
#include <exov6/errno.h>
#include <exov6/layout.h>
#include <exov6/syscall.h>
#include <string.h>
#include "process_private.h"

int __libos_page_mapped(unsigned long va)
{
	return va < UADDR_LIMIT && (va < UVPT || va >= UVPT_END) &&
	       (UVPT_PML4E(va) & EXOV6_PTE_P) && (UVPT_PDPTE(va) & EXOV6_PTE_P) &&
	       (UVPT_PDE(va) & EXOV6_PTE_P) && (UVPT_PTE(va) & EXOV6_PTE_P);
}

int __libos_user_memory(const void *p, size_t n, int write)
{
	unsigned long va = (unsigned long)p, end = va + n;
	if (n == 0)
		return 1;
	if (end < va)
		return 0;
	for (va &= ~(EXOV6_PAGE_SIZE - 1); va < end; va += EXOV6_PAGE_SIZE)
		if (!__libos_page_mapped(va) ||
		    (write && !(UVPT_PTE(va) & (EXOV6_PTE_W | EXOV6_PTE_COW))))
			return 0;
	return 1;
}

int __libos_page_protect(unsigned long va, unsigned long perm)
{
	long r = exov6_sys_page_map(0, va, 0, va, perm);
	if (r != -EACCES)
		return (int)r;
	/* Shared with another address space (after fork): take a copy. */
	if ((r = exov6_sys_page_alloc(0, UCOW_TMP, EXOV6_PTE_W | EXOV6_PTE_NX)))
		return (int)r;
	memcpy((void *)UCOW_TMP, (const void *)va, EXOV6_PAGE_SIZE);
	r = exov6_sys_page_map(0, UCOW_TMP, 0, va, perm);
	exov6_sys_page_unmap(0, UCOW_TMP);
	return (int)r;
}
