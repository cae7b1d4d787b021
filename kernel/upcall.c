/* upcall.c - deliver exceptions and signals to an env's own handler:
 * the kernel only copies the interrupted registers to the env's exception
 * stack and redirects it; what happens next is the libOS's business. */
#include "upcall.h"
#include "vm.h"
#include "x86.h"

int upcall_deliver(struct env *e, uint64_t trapno, uint64_t err, uint64_t fault_va)
{
	if (!e->upcall_entry)
		return -1;
	uint64_t rsp = e->tf.rsp;
	uint64_t sp = rsp >= e->xstack_lo && rsp < e->xstack_hi
		? rsp - 256                     /* keep its red zone and resume slot */
		: e->xstack_hi;
	sp = (sp - sizeof(struct exov6_upcall_frame)) & ~15ull;
	if (sp < e->xstack_lo || sp >= e->xstack_hi)
		return -1;
	struct exov6_upcall_frame f = { .tf = e->tf, .fault_va = fault_va };
	f.tf.trapno = trapno;
	f.tf.err = err;
	if (vm_copy_out(e->pml4, sp, &f, sizeof f))
		return -1;
	e->tf.rip = e->upcall_entry;
	e->tf.rsp = sp;
	e->tf.rdi = sp;
	e->tf.rflags &= ~(uint64_t)(FL_TF | FL_DF | FL_AC);
	return 0;
}
