/* upcall_entry.S - where the kernel sends this program's faults.  %rsp and
 * %rdi point at a struct exov6_upcall_frame on the exception stack.  The C
 * handler fixes the cause (or turns upcalls off so the kernel kills the
 * program); then every register is restored from the frame and execution
 * resumes at the faulting instruction.  The resume address is parked 136
 * bytes below the interrupted %rsp, past the 128-byte red zone, and
 * `ret $128` leaves %rsp exactly where it was. */
#define TF_RIP    (17 * 8)
#define TF_RSP    (20 * 8)

	.text
	.globl __libos_upcall_entry
	.type __libos_upcall_entry, @function
__libos_upcall_entry:
	call __libos_upcall
	movq TF_RSP(%rsp), %rax
	subq $136, %rax
	movq TF_RIP(%rsp), %rcx
	movq %rcx, (%rax)
	movq %rax, TF_RSP(%rsp)
	popq %r15
	popq %r14
	popq %r13
	popq %r12
	popq %r11
	popq %r10
	popq %r9
	popq %r8
	popq %rbp
	popq %rdi
	popq %rsi
	popq %rdx
	popq %rcx
	popq %rbx
	popq %rax
	addq $32, %rsp          /* trapno, err, rip, cs */
	popfq
	movq (%rsp), %rsp
	ret $128
	.size __libos_upcall_entry, . - __libos_upcall_entry

	.section .note.GNU-stack, "", @progbits
