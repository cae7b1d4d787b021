/* upcall.c - the libOS side of faults: install the exception stack and
 * handler, resolve copy-on-write faults, and hand everything else back to
 * the kernel (upcalls off, retry), which kills the program with its usual
 * diagnostic.  Signal handlers will hook in here. */
#include <exov6/env.h>
#include <exov6/layout.h>
#include <exov6/syscall.h>
#include "process_private.h"

#define T_PGFLT 14
#define PF_WRITE 2

extern void __libos_upcall_entry(void);

int __libos_upcall_install(exov6_envid_t env)
{
	for (unsigned long va = UXSTACK_TOP - UXSTACK_SIZE; va < UXSTACK_TOP; va += EXOV6_PAGE_SIZE) {
		long r = exov6_syscall3(SYS_page_alloc, env, va, PTE_W | PTE_NX);
		if (r)
			return (int)r;
	}
	return (int)exov6_syscall4(SYS_env_set_upcall, env, __libos_upcall_entry,
				   UXSTACK_TOP - UXSTACK_SIZE, UXSTACK_TOP);
}

void __libos_upcall(struct exov6_upcall_frame *f)
{
	unsigned long va = f->fault_va & ~(EXOV6_PAGE_SIZE - 1);
	if (f->tf.trapno == T_PGFLT && (f->tf.err & PF_WRITE) && __libos_page_mapped(va)) {
		unsigned long pte = UVPT_PTE(va);
		if ((pte & PTE_COW) && __libos_page_protect(va, (pte & PTE_NX) | PTE_W) == 0)
			return;
	}
	/* Not ours to fix: let the kernel deal with the retried fault. */
	exov6_syscall4(SYS_env_set_upcall, 0, 0, 0, 0);
}
