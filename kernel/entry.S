/* entry.S - every way into the kernel and the one way out.
 * Interrupts and exceptions enter through per-vector stubs that give every
 * frame the same shape (struct exov6_trapframe); SYSCALL builds the same
 * frame by hand.  The kernel runs with interrupts off on one stack, so a
 * frame is either copied into the current env (from user mode) or popped
 * again (an interrupt that hit the idle loop).  env_pop_tf leaves for an
 * env's saved frame. */
#include <exov6/env.h>
#include "x86.h"

.macro SAVE_GPRS
	pushq %rax
	pushq %rbx
	pushq %rcx
	pushq %rdx
	pushq %rsi
	pushq %rdi
	pushq %rbp
	pushq %r8
	pushq %r9
	pushq %r10
	pushq %r11
	pushq %r12
	pushq %r13
	pushq %r14
	pushq %r15
.endm

.macro VECTOR num, has_err
	.text
	.align 16
vector\num:
	.if \has_err == 0
	pushq $0
	.endif
	pushq $\num
	jmp trap_common
	.section .rodata
	.quad vector\num
.endm

	.section .rodata
	.align 8
	.globl trap_vectors
trap_vectors:
	VECTOR 0, 0
	VECTOR 1, 0
	VECTOR 2, 0
	VECTOR 3, 0
	VECTOR 4, 0
	VECTOR 5, 0
	VECTOR 6, 0
	VECTOR 7, 0
	VECTOR 8, 1
	VECTOR 9, 0
	VECTOR 10, 1
	VECTOR 11, 1
	VECTOR 12, 1
	VECTOR 13, 1
	VECTOR 14, 1
	VECTOR 15, 0
	VECTOR 16, 0
	VECTOR 17, 1
	VECTOR 18, 0
	VECTOR 19, 0
	VECTOR 20, 0
	VECTOR 21, 1
	VECTOR 22, 0
	VECTOR 23, 0
	VECTOR 24, 0
	VECTOR 25, 0
	VECTOR 26, 0
	VECTOR 27, 0
	VECTOR 28, 0
	VECTOR 29, 1
	VECTOR 30, 1
	VECTOR 31, 0
	.irp n, 32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47
	VECTOR \n, 0
	.endr

	.text
trap_common:
	SAVE_GPRS
	movq %rsp, %rdi
	cld
	call trap
	/* trap returns only for an interrupt taken in kernel mode */
	jmp pop_frame

/* SYSCALL: %rcx = user rip, %r11 = user rflags, interrupts masked by
 * SFMASK.  Build a trap frame on the kernel stack. */
	.globl syscall_entry
syscall_entry:
	movq %rsp, syscall_user_rsp(%rip)
	leaq kstack_top(%rip), %rsp
	pushq $UDATA_SEL
	pushq syscall_user_rsp(%rip)
	pushq %r11
	pushq $UCODE_SEL
	pushq %rcx
	pushq $0
	pushq $EXOV6_T_SYSCALL
	SAVE_GPRS
	movq %rsp, %rdi
	cld
	call syscall_trap
	/* not reached: syscall_trap leaves through env_pop_tf */
1:	hlt
	jmp 1b

/* void env_pop_tf(struct exov6_trapframe *tf) __attribute__((noreturn))
 * A frame saved by SYSCALL leaves by SYSRET (cheaper than iretq): %rcx and
 * %r11 are the system call's to clobber, and its rip is a user address
 * (set_trapframe and upcalls accept nothing else), so SYSRET cannot fault
 * in the kernel.  Every other frame leaves by iretq. */
	.globl env_pop_tf
env_pop_tf:
	movq %rdi, %rsp
	cmpq $EXOV6_T_SYSCALL, EXOV6_TF_TRAPNO(%rsp)
	je sysret_frame
pop_frame:
	EXOV6_POP_GPRS
	addq $16, %rsp          /* trapno, err */
	iretq
sysret_frame:
	EXOV6_POP_GPRS
	movq (EXOV6_TF_RIP - EXOV6_TF_TRAPNO)(%rsp), %rcx
	movq (EXOV6_TF_RFLAGS - EXOV6_TF_TRAPNO)(%rsp), %r11
	movq (EXOV6_TF_RSP - EXOV6_TF_TRAPNO)(%rsp), %rsp
	sysretq

	.bss
	.align 8
syscall_user_rsp:
	.quad 0

	.section .note.GNU-stack, "", @progbits
