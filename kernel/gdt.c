/* gdt.c - segments: the GDT in the order SYSCALL/SYSRET need, and the TSS
 * that gives the CPU the kernel stack for traps from user mode, a separate
 * stack (IST1) for double faults and NMIs, and an I/O permission bitmap
 * opening every port, switched on only while an env holding the I/O right
 * runs (IOPL stays 0, so no env may turn interrupts off). */
#include <stdint.h>
#include "gdt.h"
#include "x86.h"

struct tss {
	uint32_t reserved0;
	uint64_t rsp[3];
	uint64_t reserved1;
	uint64_t ist[7];
	uint64_t reserved2;
	uint16_t reserved3;
	uint16_t iomap_base;
	uint8_t iomap[8192 + 1];        /* all ports open; the last byte ends it */
} __attribute__((packed));

static struct tss tss;
static uint64_t gdt[7];
static char ist1_stack[8192] __attribute__((aligned(16)));
extern char kstack_top[];

void gdt_io_ports(int open)
{
	/* A bitmap base past the TSS limit denies every port. */
	tss.iomap_base = open ? (uint16_t)__builtin_offsetof(struct tss, iomap) : 0xffff;
}

void gdt_init(void)
{
	gdt[GD_KCODE >> 3] = 0x00209a0000000000ull;   /* 64-bit code, DPL 0 */
	gdt[GD_KDATA >> 3] = 0x0000920000000000ull;   /* data, DPL 0 */
	gdt[GD_UDATA >> 3] = 0x0000f20000000000ull;   /* data, DPL 3 */
	gdt[GD_UCODE >> 3] = 0x0020fa0000000000ull;   /* 64-bit code, DPL 3 */

	tss.rsp[0] = (uint64_t)kstack_top;
	tss.ist[0] = (uint64_t)(ist1_stack + sizeof ist1_stack);
	tss.iomap[8192] = 0xff;
	gdt_io_ports(0);
	uint64_t base = (uint64_t)&tss, limit = sizeof tss - 1;
	gdt[GD_TSS >> 3] = (limit & 0xffff) | ((base & 0xffffff) << 16) |
			   (0x89ull << 40) | (((limit >> 16) & 0xf) << 48) |
			   (((base >> 24) & 0xff) << 56);
	gdt[(GD_TSS >> 3) + 1] = base >> 32;

	struct {
		uint16_t limit;
		uint64_t base;
	} __attribute__((packed)) desc = { sizeof gdt - 1, (uint64_t)gdt };
	__asm__ volatile(
		"lgdt %0\n\t"
		"movw %1, %%ax\n\t"
		"movw %%ax, %%ds\n\t"
		"movw %%ax, %%es\n\t"
		"movw %%ax, %%ss\n\t"
		"pushq %2\n\t"
		"leaq 1f(%%rip), %%rax\n\t"
		"pushq %%rax\n\t"
		"lretq\n"
		"1:\n\t"
		"movw %3, %%ax\n\t"
		"ltr %%ax"
		: : "m"(desc), "i"(GD_KDATA), "i"(GD_KCODE), "i"(GD_TSS) : "rax", "memory");
}
