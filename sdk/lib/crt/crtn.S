/* crtn.S - the closings of _init and _fini (see crti.S). */
	.section .init, "ax", @progbits
	popq %rax
	ret

	.section .fini, "ax", @progbits
	popq %rax
	ret

	.section .note.GNU-stack, "", @progbits
