/* setjmp.S - setjmp, _setjmp and sigsetjmp record the callee-saved
 * registers, the caller's %rsp and the return address in env->__jmpbuf;
 * sigsetjmp(env, nonzero) also records the signal mask (in C, reached by
 * a tail call so it returns 0 straight to the caller).  __jmp_resume
 * loads such a record and returns val from the setjmp call. */

	.text
	.globl setjmp, _setjmp, sigsetjmp, __jmp_resume
	.type setjmp, @function
	.type _setjmp, @function
	.type sigsetjmp, @function
	.type __jmp_resume, @function
setjmp:
_setjmp:
	xorl %esi, %esi
sigsetjmp:
	movq %rbx, 0(%rdi)
	movq %rbp, 8(%rdi)
	movq %r12, 16(%rdi)
	movq %r13, 24(%rdi)
	movq %r14, 32(%rdi)
	movq %r15, 40(%rdi)
	leaq 8(%rsp), %rax      /* %rsp once the caller has our return */
	movq %rax, 48(%rdi)
	movq (%rsp), %rax
	movq %rax, 56(%rdi)
	movl %esi, 64(%rdi)     /* __mask_was_saved */
	testl %esi, %esi
	jnz __jmp_save_mask
	xorl %eax, %eax
	ret
	.size setjmp, . - setjmp
	.size _setjmp, . - _setjmp
	.size sigsetjmp, . - sigsetjmp

/* void __jmp_resume(const long regs[8], int val): val is never 0 here. */
__jmp_resume:
	movq 0(%rdi), %rbx
	movq 8(%rdi), %rbp
	movq 16(%rdi), %r12
	movq 24(%rdi), %r13
	movq 32(%rdi), %r14
	movq 40(%rdi), %r15
	movq 48(%rdi), %rsp
	movl %esi, %eax
	jmp *56(%rdi)
	.size __jmp_resume, . - __jmp_resume

	.section .note.GNU-stack, "", @progbits
