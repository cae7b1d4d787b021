/* upcall_entry.S - where the kernel sends this program's faults and
 * signals.  %rsp and %rdi point at a struct exov6_upcall_frame on the
 * exception stack.  The interrupted x87/SSE state is saved below it
 * (handlers may use the FPU; the libOS's own C code does).  When the
 * signal's handler asks for the alternate stack (SA_ONSTACK,
 * __libos_upcall_stack), the frame and the saved state move there first,
 * so nothing of this upcall stays live on the exception stack and later
 * upcalls may reuse it.  The C handler fixes the cause (or turns upcalls
 * off so the kernel kills the program); then the FPU state and every
 * register are restored from the frame and execution resumes at the
 * interrupted instruction.  The resume address is parked
 * EXOV6_RESUME_SLOT bytes below the interrupted %rsp, past the 128-byte
 * red zone, and `ret $(EXOV6_RESUME_SLOT - 8)` leaves %rsp where it was. */
#include <exov6/env.h>

#define FRAME_QWORDS (EXOV6_TF_SIZE / 8 + 1)    /* the trap frame and fault_va */
#define FPU_BYTES 512                           /* an FXSAVE area, 16-aligned */

	.text
	.globl __libos_upcall_entry
	.type __libos_upcall_entry, @function
__libos_upcall_entry:
	movq %rsp, %rbx                 /* the frame */
	subq $FPU_BYTES, %rsp
	andq $-64, %rsp
	fxsave64 (%rsp)
	movq %rsp, %r12                 /* the FPU area; C code runs below it */
	movq %rbx, %rdi
	call __libos_upcall_stack
	testq %rax, %rax
	jz 1f
	/* Move to the stack whose top is %rax: frame, then FPU area below. */
	subq $(FRAME_QWORDS * 8), %rax
	andq $-16, %rax
	movq %rax, %rdi
	movq %rbx, %rsi
	movq $FRAME_QWORDS, %rcx
	rep movsq
	movq %rax, %rbx
	subq $FPU_BYTES, %rax
	andq $-64, %rax
	movq %rax, %rdi
	movq %r12, %rsi
	movq $(FPU_BYTES / 8), %rcx
	rep movsq
	movq %rax, %r12
	movq %rax, %rsp
1:	movq %rbx, %rdi
	call __libos_upcall
	fxrstor64 (%r12)
	movq %rbx, %rsp
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

/* void __libos_call_on_stack(void *arg, void (*fn)(void *), unsigned long top):
 * fn(arg) on another stack, back on this one after. */
	.globl __libos_call_on_stack
	.type __libos_call_on_stack, @function
__libos_call_on_stack:
	pushq %rbp
	movq %rsp, %rbp
	andq $-16, %rdx
	movq %rdx, %rsp
	call *%rsi
	movq %rbp, %rsp
	popq %rbp
	ret
	.size __libos_call_on_stack, . - __libos_call_on_stack

	.section .note.GNU-stack, "", @progbits
