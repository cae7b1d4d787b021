/* boot.S - Multiboot v1 entry: the header (a.out-kludge address fields, so
 * QEMU loads our flat image at 1 MiB), then 32-bit code that builds boot
 * page tables, enters long mode and jumps to the higher-half kmain.
 * The boot tables map the first 4 GiB identically (for the jump) and at
 * PHYSMAP (QEMU may put the boot modules and Multiboot data anywhere in
 * 32-bit memory), and the first GiB at KERNBASE; vm.c replaces them with
 * the real ones. */
#include "x86.h"

#define MB_MAGIC   0x1BADB002
#define MB_FLAGS   ((1 << 0) | (1 << 1) | (1 << 16))

	.section .multiboot, "a"
	.align 4
mb_header:
	.long MB_MAGIC
	.long MB_FLAGS
	.long -(MB_MAGIC + MB_FLAGS)
	.long mb_header          /* header_addr */
	.long 0x100000           /* load_addr */
	.long mb_load_end        /* load_end_addr */
	.long mb_bss_end         /* bss_end_addr */
	.long mb_entry           /* entry_addr */

	.section .boot.text, "ax"
	.code32
	.globl mb_entry
mb_entry:
	cli
	movl %eax, %edi                 /* Multiboot magic */
	movl %ebx, %esi                 /* Multiboot info (physical) */

	movl %cr4, %eax
	orl $(CR4_PAE | CR4_PGE), %eax
	movl %eax, %cr4

	movl $boot_pml4, %eax
	movl %eax, %cr3

	movl $MSR_EFER, %ecx
	rdmsr
	orl $(EFER_LME | EFER_NXE | EFER_SCE), %eax
	wrmsr

	movl %cr0, %eax
	orl $(CR0_PG | CR0_WP | CR0_PE), %eax
	movl %eax, %cr0

	lgdt boot_gdt_desc
	ljmp $8, $long_mode_low

	.code64
long_mode_low:
	movabsq $long_mode_high, %rax
	jmp *%rax

	.section .boot.data, "aw"
	.align 16
boot_gdt:
	.quad 0
	.quad 0x00209a0000000000        /* 64-bit code, ring 0 */
	.quad 0x0000920000000000        /* data, ring 0 */
boot_gdt_desc:
	.word boot_gdt_desc - boot_gdt - 1
	.quad boot_gdt

	.align 4096
boot_pml4:
	.quad boot_pdpt + 3             /* identity */
	.fill 255, 8, 0
	.quad boot_pdpt + 3             /* PHYSMAP */
	.fill 254, 8, 0
	.quad boot_pdpt_high + 3        /* KERNBASE */
boot_pdpt:
	.quad boot_pd + 3
	.quad boot_pd + 0x1000 + 3
	.quad boot_pd + 0x2000 + 3
	.quad boot_pd + 0x3000 + 3
	.fill 508, 8, 0
boot_pdpt_high:
	.fill 510, 8, 0
	.quad boot_pd + 3
	.quad 0
boot_pd:
	.set i, 0
	.rept 2048
	.quad (i << 21) + 0x83          /* present, writable, 2 MiB */
	.set i, i + 1
	.endr

	.text
	.code64
long_mode_high:
	xorl %eax, %eax
	movl %eax, %ds
	movl %eax, %es
	movl %eax, %ss
	movl %eax, %fs
	movl %eax, %gs
	leaq kstack_top(%rip), %rsp
	xorl %ebp, %ebp
	/* %edi = magic, %esi = info: zero-extended already by 32-bit moves */
	call kmain
1:	hlt
	jmp 1b

	.bss
	.align 4096
	.globl kstack, kstack_top
kstack:
	.space KSTACK_SIZE
kstack_top:

	.section .note.GNU-stack, "", @progbits
