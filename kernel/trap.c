/* trap.c - the IDT and what happens on a trap: interrupts go to their
 * device code, a fault in user mode ends the env with a one-line
 * diagnostic and a signal-style wait status, and a fault in the kernel is a
 * panic. */
#include <stddef.h>
#include <stdint.h>
#include "trap.h"
#include "block.h"
#include "env.h"
#include "lifetime.h"
#include "hw.h"
#include "itimer.h"
#include "kprintf.h"
#include "pic.h"
#include "sched.h"
#include "timer.h"
#include "tty.h"
#include "upcall.h"
#include "vm.h"
#include "x86.h"

struct gate {
	uint16_t off_lo, sel;
	uint8_t ist, type;
	uint16_t off_mid;
	uint32_t off_hi, zero;
} __attribute__((packed));

_Static_assert(sizeof(struct exov6_trapframe) == EXOV6_TF_SIZE, "trap frame size (entry.S)");
_Static_assert(offsetof(struct exov6_trapframe, trapno) == EXOV6_TF_TRAPNO, "trapno offset (entry.S)");
_Static_assert(offsetof(struct exov6_trapframe, rip) == EXOV6_TF_RIP, "rip offset (entry.S)");
_Static_assert(offsetof(struct exov6_trapframe, rflags) == EXOV6_TF_RFLAGS, "rflags offset (entry.S)");
_Static_assert(offsetof(struct exov6_trapframe, rsp) == EXOV6_TF_RSP, "rsp offset (entry.S)");
_Static_assert(offsetof(struct exov6_trapframe, rax) == EXOV6_TF_TRAPNO - 8, "SAVE_GPRS pushes rax first");
_Static_assert(offsetof(struct exov6_trapframe, r15) == 0, "SAVE_GPRS pushes r15 last");

static struct gate idt[48];
extern const uint64_t trap_vectors[48];
extern void syscall_entry(void);

static void set_gate(int n, int ist, int dpl)
{
	uint64_t off = trap_vectors[n];
	idt[n] = (struct gate){
		.off_lo = off & 0xffff, .sel = GD_KCODE, .ist = (uint8_t)ist,
		.type = (uint8_t)(0x8e | (dpl << 5)),   /* present interrupt gate */
		.off_mid = (off >> 16) & 0xffff, .off_hi = (uint32_t)(off >> 32),
	};
}

void trap_init(void)
{
	for (int n = 0; n < 48; n++)
		set_gate(n, n == EXOV6_T_DBLFLT || n == EXOV6_T_NMI ? 1 : 0, n == EXOV6_T_BRKPT ? 3 : 0);
	struct {
		uint16_t limit;
		uint64_t base;
	} __attribute__((packed)) desc = { sizeof idt - 1, (uint64_t)idt };
	__asm__ volatile("lidt %0" : : "m"(desc));

	/* SYSCALL: kernel CS from STAR[47:32]; SYSRET bases at STAR[63:48]. */
	wrmsr(MSR_STAR, ((uint64_t)GD_KDATA << 48) | ((uint64_t)GD_KCODE << 32));
	wrmsr(MSR_LSTAR, (uint64_t)syscall_entry);
	wrmsr(MSR_SFMASK, FL_IF | FL_TF | FL_DF | FL_AC | FL_NT | FL_IOPL);
}

static const char *const trap_names[32] = {
	"divide error", "debug trap", "NMI", "breakpoint", "overflow",
	"bound range exceeded", "invalid opcode", "device not available",
	"double fault", "coprocessor segment overrun", "invalid TSS",
	"segment not present", "stack fault", "general protection fault",
	"page fault", "reserved exception 15", "x87 floating-point error",
	"alignment check", "machine check", "SIMD floating-point error",
	"virtualization exception", "control protection exception",
};

static const char *trap_name(uint64_t n)
{
	return n < 32 && trap_names[n] ? trap_names[n] : "reserved exception";
}

static void kill_faulting_env(const struct exov6_trapframe *tf)
{
	struct env *e = curenv;

	kprintf("exov6: killed env %08x (%s): %s", e->id, e->name, trap_name(tf->trapno));
	if (tf->trapno == EXOV6_T_PGFLT)
		kprintf(" at %p (%s, %s)", (void *)rcr2(),
			tf->err & EXOV6_PF_FETCH ? "instruction fetch" : tf->err & EXOV6_PF_WRITE ? "write" : "read",
			tf->err & EXOV6_PF_PRESENT ? "protection violation" : "page not present");
	else if (tf->err)
		kprintf(" (error code %lx)", tf->err);
	kprintf(", rip %p, rsp %p\n", (void *)tf->rip, (void *)tf->rsp);
	env_exit(e, EXOV6_W_SIGNALED(exov6_trap_signal(tf->trapno)));
}

/* An interrupt; user_mode: it stopped curenv's user code. */
static void interrupt(uint64_t n, int user_mode)
{
	int irq = (int)(n - EXOV6_T_IRQ0);
	if (irq == IRQ_TIMER) {
		uint64_t now = rdtsc();
		timer_tick();
		block_expire(now);
		itimer_tick(now, curenv, user_mode);
	} else if (irq == IRQ_CONSOLE) {
		tty_interrupt();
	} else {
		hw_irq_fire(irq);
	}
	pic_eoi(irq);
}

void trap(struct exov6_trapframe *tf)
{
	if ((tf->cs & 3) == 0) {
		if (tf->trapno >= EXOV6_T_IRQ0) {
			interrupt(tf->trapno, 0);   /* it hit the idle loop */
			return;
		}
		panic_frame(tf, "%s in the kernel", trap_name(tf->trapno));
	}

	curenv->tf = *tf;
	if (tf->trapno == EXOV6_T_DEVICE)
		env_fpu_trap();
	if (tf->trapno >= EXOV6_T_IRQ0) {
		interrupt(tf->trapno, 1);
		if (tf->trapno == EXOV6_T_IRQ0)
			sched_yield();
		env_run(curenv);
	}
	if (upcall_deliver(curenv, tf->trapno, tf->err, tf->trapno == EXOV6_T_PGFLT ? rcr2() : 0) == 0)
		env_run(curenv);
	kill_faulting_env(tf);
	sched_yield();
}
