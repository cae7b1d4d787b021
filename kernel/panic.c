/* panic.c - the kernel's last words: a marker line, the message, the
 * registers of the frame that failed (or of the caller), and power-off with
 * the panic status. */
#include <exov6/env.h>
#include "kprintf.h"
#include "power.h"
#include "x86.h"

static void dump_frame(const struct exov6_trapframe *tf)
{
	kprintf("exov6:   rip %016lx  cs %lx  rflags %016lx  trap %lu err %lx\n",
		tf->rip, tf->cs, tf->rflags, tf->trapno, tf->err);
	kprintf("exov6:   rsp %016lx  rbp %016lx  cr2 %016lx  cr3 %016lx\n",
		tf->rsp, tf->rbp, rcr2(), rcr3());
	kprintf("exov6:   rax %016lx  rbx %016lx  rcx %016lx  rdx %016lx\n",
		tf->rax, tf->rbx, tf->rcx, tf->rdx);
	kprintf("exov6:   rsi %016lx  rdi %016lx  r8  %016lx  r9  %016lx\n",
		tf->rsi, tf->rdi, tf->r8, tf->r9);
	kprintf("exov6:   r10 %016lx  r11 %016lx  r12 %016lx  r13 %016lx\n",
		tf->r10, tf->r11, tf->r12, tf->r13);
	kprintf("exov6:   r14 %016lx  r15 %016lx\n", tf->r14, tf->r15);
}

void panic_frame(const struct exov6_trapframe *tf, const char *fmt, ...)
{
	va_list ap;

	__asm__ volatile("cli");
	kprintf("exov6: PANIC: ");
	va_start(ap, fmt);
	kvprintf(fmt, ap);
	va_end(ap);
	kprintf("\n");
	if (tf) {
		dump_frame(tf);
	} else {
		struct exov6_trapframe here = { 0 };
		__asm__ volatile("leaq 0(%%rip), %0; movq %%rsp, %1; movq %%rbp, %2"
				 : "=r"(here.rip), "=r"(here.rsp), "=r"(here.rbp));
		dump_frame(&here);
	}
	kprintf("exov6: panic end\n");
	power_off(1);
}
