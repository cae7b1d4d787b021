/* crti.S - the openings of _init and _fini; objects linked between crti.o
 * and crtn.o may add code to the .init and .fini sections. */
	.section .init, "ax", @progbits
	.globl _init
	.type _init, @function
_init:
	pushq %rax              /* realign the stack to 16 */

	.section .fini, "ax", @progbits
	.globl _fini
	.type _fini, @function
_fini:
	pushq %rax

	.section .note.GNU-stack, "", @progbits
