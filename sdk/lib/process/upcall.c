/* upcall.c - the libOS side of faults and signals: install the exception
 * stack and handler, resolve copy-on-write faults, pass signals and other
 * faults to the program's signal handlers, and hand unhandled faults back
 * to the kernel (upcalls off, retry), which kills the program with its
 * usual diagnostic. */
#include <exov6/env.h>
#include <exov6/layout.h>
#include <exov6/syscall.h>
#include "process_private.h"
#include "../signal/signal_private.h"


extern void __libos_upcall_entry(void);

int __libos_upcall_install(exov6_envid_t env)
{
	for (unsigned long va = UXSTACK_TOP - UXSTACK_SIZE; va < UXSTACK_TOP; va += EXOV6_PAGE_SIZE) {
		long r = exov6_sys_page_alloc(env, va, EXOV6_PTE_W | EXOV6_PTE_NX);
		if (r)
			return (int)r;
	}
	return (int)exov6_sys_env_set_upcall(env, __libos_upcall_entry,
					     UXSTACK_TOP - UXSTACK_SIZE, UXSTACK_TOP);
}

_Static_assert(sizeof(struct exov6_upcall_frame) == EXOV6_TF_SIZE + 8,
	       "upcall_entry.S copies the frame as EXOV6_TF_SIZE / 8 + 1 words");

void __libos_upcall(struct exov6_upcall_frame *f)
{
	if (f->tf.trapno == EXOV6_T_SIGNAL) {
		__libos_signal(f, (int)f->tf.err, 0);
		return;
	}
	unsigned long va = f->fault_va & ~(EXOV6_PAGE_SIZE - 1);
	if (f->tf.trapno == EXOV6_T_PGFLT && (f->tf.err & EXOV6_PF_WRITE) && __libos_page_mapped(va)) {
		unsigned long pte = UVPT_PTE(va);
		if ((pte & EXOV6_PTE_COW) &&
		    __libos_page_protect(va, (pte & EXOV6_PTE_NX) | EXOV6_PTE_W) == 0)
			return;
	}
	if (__libos_signal(f, exov6_trap_signal(f->tf.trapno), 1))
		return;
	/* Nobody handles it: the kernel kills us on the retried fault, with
	 * its diagnostic.  A breakpoint has already run: step back onto it.
	 * Touch the slot the resume code writes while copy-on-write faults
	 * can still be handled. */
	if (f->tf.trapno == EXOV6_T_BRKPT) {
		const unsigned char *at = (const unsigned char *)f->tf.rip;
		f->tf.rip -= at[-1] == 0xcc ? 1 : 2;   /* int3, or int $3 */
	}
	*(volatile unsigned long *)(f->tf.rsp - EXOV6_RESUME_SLOT) = f->tf.rip;
	exov6_sys_env_set_upcall(0, 0, 0, 0);
}
