/* crt1.S - program entry.  The loader enters with %rsp at argc, followed
 * by argv[], NULL, envp[], NULL (System V layout); __libc_start does the
 * rest in C.  The reference to abort keeps it linked for code that needs
 * it late (TCC's libtcc1.a comes after libc and libc is not rescanned). */
	.text
	.globl _start
	.type _start, @function
_start:
	xorl %ebp, %ebp
	movq %rsp, %rdi
	andq $-16, %rsp
	call __libc_start
	hlt
	.size _start, . - _start

	.section .rodata
	.quad abort

	.section .note.GNU-stack, "", @progbits
