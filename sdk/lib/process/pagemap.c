/* pagemap.c - read our own page tables through the read-only window at
 * UVPT, upper levels first. */
#include <exov6/layout.h>
#include <exov6/syscall.h>
#include "process_private.h"

int __libos_page_mapped(unsigned long va)
{
	return va < UADDR_LIMIT && (va < UVPT || va >= UVPT_END) && (UVPT_PML4E(va) & PTE_P) && (UVPT_PDPTE(va) & PTE_P) &&
	       (UVPT_PDE(va) & PTE_P) && (UVPT_PTE(va) & PTE_P);
}
