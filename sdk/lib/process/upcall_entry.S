/* upcall_entry.S - where the kernel sends this program's faults.  %rsp and
 * %rdi point at a struct exov6_upcall_frame on the exception stack.  The C
 * handler fixes the cause (or turns upcalls off so the kernel kills the
 * program); then every register is restored from the frame and execution
 * resumes at the faulting instruction.  The resume address is parked
 * EXOV6_RESUME_SLOT bytes below the interrupted %rsp, past the 128-byte red
 * zone, and `ret $(EXOV6_RESUME_SLOT - 8)` leaves %rsp where it was. */
#include <exov6/env.h>

	.text
	.globl __libos_upcall_entry
	.type __libos_upcall_entry, @function
__libos_upcall_entry:
	call __libos_upcall
	movq EXOV6_TF_RSP(%rsp), %rax
	subq $EXOV6_RESUME_SLOT, %rax
	movq EXOV6_TF_RIP(%rsp), %rcx
	movq %rcx, (%rax)
	movq %rax, EXOV6_TF_RSP(%rsp)
	EXOV6_POP_GPRS
	addq $32, %rsp          /* trapno, err, rip, cs */
	popfq
	movq (%rsp), %rsp
	ret $(EXOV6_RESUME_SLOT - 8)
	.size __libos_upcall_entry, . - __libos_upcall_entry

	.section .note.GNU-stack, "", @progbits
