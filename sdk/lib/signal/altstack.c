/* altstack.c - sigaltstack and where an upcall runs: a signal whose
 * handler has SA_ONSTACK runs on the alternate stack (from its top, or
 * nested below the interrupted %rsp when that is already on it); every
 * other upcall stays on the exception stack.  SS_ONSTACK is reported, and
 * changes refused (EPERM), while the caller runs on the alternate stack,
 * as Linux does; a stack smaller than MINSIGSTKSZ is ENOMEM. */
#include <errno.h>
#include <exov6/layout.h>
#include <exov6/syscall.h>
#include "../mem/libos_state.h"
#include "../process/process_private.h"
#include "signal_private.h"

/* What a move to the alternate stack needs at least: the frame, the FPU
 * area and the libOS's frames before the handler. */
#define UPCALL_ROOM 1536

int __libos_on_altstack(const struct libos_state *s, unsigned long sp)
{
	unsigned long lo = (unsigned long)s->altstack_sp;
	return s->altstack_size && sp > lo && sp - lo <= s->altstack_size;
}

int sigaltstack(const stack_t *restrict ss, stack_t *restrict old)
{
	struct libos_state *s = __libos_state();
	if ((ss && !__libos_user_memory(ss, sizeof *ss, 0)) ||
	    (old && !__libos_user_memory(old, sizeof *old, 1))) {
		errno = EFAULT;
		return -1;
	}
	if (!s) {
		errno = ENOMEM;
		return -1;
	}
	int on = __libos_on_altstack(s, (unsigned long)__builtin_frame_address(0));
	stack_t was = { s->altstack_sp, !s->altstack_size ? SS_DISABLE : on ? SS_ONSTACK : 0,
			s->altstack_size };
	if (ss) {
		if (on) {
			errno = EPERM;
			return -1;
		}
		/* Linux takes SS_ONSTACK as 0, for old programs. */
		if (ss->ss_flags != 0 && ss->ss_flags != SS_ONSTACK && ss->ss_flags != SS_DISABLE) {
			errno = EINVAL;
			return -1;
		}
		if (ss->ss_flags == SS_DISABLE) {
			s->altstack_sp = 0;
			s->altstack_size = 0;
		} else if (ss->ss_size < MINSIGSTKSZ) {
			errno = ENOMEM;
			return -1;
		} else {
			s->altstack_sp = ss->ss_sp;
			s->altstack_size = ss->ss_size;
			s->altstack_flags = ss->ss_flags;
		}
	}
	if (old)
		*old = was;
	return 0;
}

unsigned long __libos_upcall_stack(const struct exov6_upcall_frame *f)
{
	struct libos_state *s = __libos_state();
	if (!s || !s->altstack_size)
		return 0;
	int sig;
	if (f->tf.trapno == EXOV6_T_SIGNAL) {
		sig = (int)f->tf.err;
	} else {
		unsigned long va = f->fault_va & ~(EXOV6_PAGE_SIZE - 1);
		if (f->tf.trapno == EXOV6_T_PGFLT && (f->tf.err & EXOV6_PF_WRITE) &&
		    __libos_page_mapped(va) && (UVPT_PTE(va) & EXOV6_PTE_COW))
			return 0;       /* copy-on-write: fixed in place */
		sig = exov6_trap_signal(f->tf.trapno);
	}
	if (sig < 1 || sig >= NSIG)
		return 0;
	const struct sigaction *a = &s->sigactions[sig];
	if (!(a->sa_flags & SA_ONSTACK) || a->sa_handler == SIG_DFL || a->sa_handler == SIG_IGN ||
	    ((s->sigmask | s->sigwaiting) & SIGBIT(sig)))
		return 0;       /* no handler runs now */
	unsigned long lo = (unsigned long)s->altstack_sp;
	unsigned long top = __libos_on_altstack(s, f->tf.rsp)
		? f->tf.rsp - 256       /* keep its red zone and resume slot */
		: lo + s->altstack_size;
	/* No room left (a runaway handler): stay on the exception stack
	 * rather than write below the alternate one. */
	return top >= lo + UPCALL_ROOM ? top : 0;
}
