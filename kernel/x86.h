/* x86.h - x86_64 architecture constants (control registers, MSRs, segment
 * selectors, flags) and the small inline instructions the kernel uses.
 * Usable from assembly for the constants. */
#ifndef KERNEL_X86_H
#define KERNEL_X86_H

#define CR0_PE      0x00000001
#define CR0_WP      0x00010000
#define CR0_PG      0x80000000
#define CR4_PAE     0x00000020
#define CR4_PGE     0x00000080

#define MSR_EFER    0xc0000080
#define MSR_STAR    0xc0000081
#define MSR_LSTAR   0xc0000082
#define MSR_SFMASK  0xc0000084
#define EFER_SCE    0x00000001
#define EFER_LME    0x00000100
#define EFER_NXE    0x00000800

#define FL_TF       0x00000100
#define FL_IF       0x00000200
#define FL_DF       0x00000400
#define FL_IOPL     0x00003000
#define FL_NT       0x00004000
#define FL_AC       0x00040000

/* GDT layout: the order SYSCALL/SYSRET require. */
#define GD_KCODE    0x08
#define GD_KDATA    0x10
#define GD_UDATA    0x18
#define GD_UCODE    0x20
#define GD_TSS      0x28
#define UCODE_SEL   (GD_UCODE | 3)
#define UDATA_SEL   (GD_UDATA | 3)

#define KSTACK_SIZE 16384

/* Pseudo trap number recorded for system calls. */

#ifndef __ASSEMBLER__
#include <stdint.h>

static inline void outb(uint16_t port, uint8_t v)
{
	__asm__ volatile("outb %0, %1" : : "a"(v), "Nd"(port));
}

static inline uint8_t inb(uint16_t port)
{
	uint8_t v;
	__asm__ volatile("inb %1, %0" : "=a"(v) : "Nd"(port));
	return v;
}

static inline void outl(uint16_t port, uint32_t v)
{
	__asm__ volatile("outl %0, %1" : : "a"(v), "Nd"(port));
}

static inline uint64_t rdtsc(void)
{
	uint32_t lo, hi;
	__asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
	return ((uint64_t)hi << 32) | lo;
}

static inline uint64_t rdmsr(uint32_t msr)
{
	uint32_t lo, hi;
	__asm__ volatile("rdmsr" : "=a"(lo), "=d"(hi) : "c"(msr));
	return ((uint64_t)hi << 32) | lo;
}

static inline void wrmsr(uint32_t msr, uint64_t v)
{
	__asm__ volatile("wrmsr" : : "c"(msr), "a"((uint32_t)v), "d"((uint32_t)(v >> 32)));
}

static inline uint64_t rcr2(void)
{
	uint64_t v;
	__asm__ volatile("mov %%cr2, %0" : "=r"(v));
	return v;
}

static inline uint64_t rcr3(void)
{
	uint64_t v;
	__asm__ volatile("mov %%cr3, %0" : "=r"(v));
	return v;
}

static inline void lcr3(uint64_t v)
{
	__asm__ volatile("mov %0, %%cr3" : : "r"(v) : "memory");
}

static inline void invlpg(uintptr_t va)
{
	__asm__ volatile("invlpg (%0)" : : "r"(va) : "memory");
}

/* CR0.TS: the next x87/SSE instruction raises #NM (lazy FPU switching). */
static inline void set_ts(void)
{
	uint64_t cr0;
	__asm__ volatile("mov %%cr0, %0" : "=r"(cr0));
	__asm__ volatile("mov %0, %%cr0" : : "r"(cr0 | 8) : "memory");
}

static inline void clts(void)
{
	__asm__ volatile("clts" : : : "memory");
}

static inline void halt_with_interrupts(void)
{
	__asm__ volatile("sti; hlt; cli" : : : "memory");
}
#endif

#endif
