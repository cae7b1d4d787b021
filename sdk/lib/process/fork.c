/* fork.c - fork (and vfork, the same) with copy-on-write.  The child gets
 * every page of ours, and no pending signals:
 * EXOV6_PTE_SHARE pages shared as they are, writable (or already copy-on-write)
 * pages mapped copy-on-write in both, read-only pages shared read-only.
 * The first write to a copy-on-write page faults into upcall.c, which
 * gives the writer its own copy. */
#include <errno.h>
#include <exov6/layout.h>
#include <exov6/syscall.h>
#include <unistd.h>
#include "../fd/fd_private.h"
#include "process_private.h"
#include "../signal/signal_private.h"

#define PT_SPAN   (1ul << 21)   /* what one page table maps */
#define PD_SPAN   (1ul << 30)
#define PDPT_SPAN (1ul << 39)

/* Pages fork leaves alone: per-env kernel page, exception stack, scratch,
 * and the file-server buffer (the child attaches its own). */
static int private_page(unsigned long va)
{
	return va == UINFO || va == UCOW_TMP ||
	       (va >= ULIBOS_FSBUF && va < ULIBOS_FSBUF_END) ||
	       (va >= UXSTACK_TOP - UXSTACK_SIZE && va < UXSTACK_TOP) ||
	       (va >= ULOADER_TMP && va < ULOADER_TMP_END);
}

static int duplicate(exov6_envid_t child, unsigned long va)
{
	unsigned long pte = UVPT_PTE(va);
	unsigned long perm = pte & EXOV6_PTE_SYSCALL;
	if (pte & EXOV6_PTE_SHARE)
		return (int)exov6_sys_page_map(0, va, child, va, perm);
	if (pte & (EXOV6_PTE_W | EXOV6_PTE_COW)) {
		perm = (perm & ~EXOV6_PTE_W) | EXOV6_PTE_COW;
		long r = exov6_sys_page_map(0, va, child, va, perm);
		return r ? (int)r : (int)exov6_sys_page_map(0, va, 0, va, perm);
	}
	return (int)exov6_sys_page_map(0, va, child, va, perm);
}

/* Walk our page tables, skipping absent upper levels whole. */
static int copy_address_space(exov6_envid_t child)
{
	for (unsigned long va = 0; va < UADDR_LIMIT;) {
		if (va == UVPT) {
			va = UVPT_END;  /* the page tables themselves */
		} else if (!(UVPT_PML4E(va) & EXOV6_PTE_P)) {
			va += PDPT_SPAN;
		} else if (!(UVPT_PDPTE(va) & EXOV6_PTE_P)) {
			va += PD_SPAN;
		} else if (!(UVPT_PDE(va) & EXOV6_PTE_P)) {
			va += PT_SPAN;
		} else {
			if ((UVPT_PTE(va) & EXOV6_PTE_P) && !private_page(va)) {
				int r = duplicate(child, va);
				if (r)
					return r;
			}
			va += EXOV6_PAGE_SIZE;
		}
	}
	return 0;
}

pid_t fork(void)
{
	int r;
	exov6_envid_t child = exov6_sys_exofork();
	if (child < 0) {
		errno = -child;
		return -1;
	}
	if (child == 0) {
		__libos_signal_forked();        /* nothing pending in a child */
		return 0;       /* the child, running on copy-on-write pages */
	}
	if ((r = copy_address_space(child)) || (r = __libos_upcall_install(child)) ||
	    (r = __fd_fork(child)) ||
	    (r = (int)exov6_sys_env_set_status(child, ENV_RUNNABLE))) {
		exov6_sys_env_destroy(child);
		exov6_sys_env_wait(child, 0, 0);
		errno = -r;
		return -1;
	}
	return child;
}

pid_t vfork(void)
{
	return fork();  /* POSIX allows it: the child's pages are copy-on-write */
}
