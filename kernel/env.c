/* env.c - the env table: creation, lookup under the permission rule
 * (env.h), and switching to an env (address space, FPU state, registers). */
#include <exov6/errno.h>
#include <exov6/layout.h>
#include "env.h"
#include "gdt.h"
#include "memlayout.h"
#include "pmm.h"
#include "rtc.h"
#include "signal.h"
#include "timer.h"
#include <string.h>
#include "vm.h"
#include "x86.h"

struct env envs[NENV];
struct env *curenv;

static struct env *fpu_owner;                   /* whose state the FPU holds */
static uint64_t boot_epoch, boot_tsc;
static uint8_t fpu_initial[512] __attribute__((aligned(16)));
static uint32_t generation[NENV];

void env_init(void)
{
	/* User code may use x87/SSE: enable FXSR and SSE exceptions, clear
	 * CR0.EM/TS, and keep a clean state to start every env from.  Allow
	 * alignment checking for user code that asks for it. */
	uint64_t cr0, cr4;
	__asm__ volatile("mov %%cr0, %0" : "=r"(cr0));
	cr0 = (cr0 & ~(uint64_t)0xc) | 0x22;    /* EM=0 TS=0 MP=1 NE=1 */
	cr0 |= 1u << 18;        /* AM: user code that sets EFLAGS.AC gets #AC */
	__asm__ volatile("mov %0, %%cr0" : : "r"(cr0));
	__asm__ volatile("mov %%cr4, %0" : "=r"(cr4));
	cr4 |= (1 << 9) | (1 << 10);            /* OSFXSR, OSXMMEXCPT */
	__asm__ volatile("mov %0, %%cr4" : : "r"(cr4));
	uint32_t mxcsr = 0x1f80;
	__asm__ volatile("fninit; ldmxcsr %0; fxsave %1" : : "m"(mxcsr), "m"(fpu_initial));

	boot_epoch = rtc_epoch();
	boot_tsc = rdtsc();
}

static struct exov6_info *env_info(struct env *e)
{
	return p2v(e->info_pa);
}

/* The env's read-only info page at UINFO; the kernel keeps a reference of
 * its own so it can update the page whatever the env maps there. */
static int info_page_create(struct env *e)
{
	uint64_t pa = frame_alloc();
	if (!pa)
		return -ENOMEM;
	frame_incref(pa);
	e->info_pa = pa;
	struct exov6_info *info = env_info(e);
	info->envid = e->id;
	info->parent = e->parent;
	info->tsc_hz = tsc_hz();
	info->boot_tsc = boot_tsc;
	info->boot_epoch = boot_epoch;
	return vm_map(e->pml4, UINFO, pa, PTE_NX);
}

void env_set_parent(struct env *e, exov6_envid_t parent)
{
	e->parent = parent;
	env_info(e)->parent = parent;
}

int env_alloc(exov6_envid_t parent, struct env **out)
{
	int i;
	for (i = 0; i < NENV && envs[i].state != ENV_FREE; i++)
		;
	if (i == NENV)
		return -EAGAIN;
	uint64_t pml4 = vm_create();
	if (!pml4)
		return -ENOMEM;
	struct env *e = &envs[i];
	memset(e, 0, sizeof *e);
	if (++generation[i] >= (1u << 20))
		generation[i] = 1;
	e->id = (exov6_envid_t)(generation[i] << 10 | (uint32_t)i);
	e->parent = parent;
	e->state = ENV_STOPPED;
	e->pml4 = pml4;
	memcpy(e->fpu, fpu_initial, sizeof e->fpu);
	e->tf.cs = UCODE_SEL;
	e->tf.ss = UDATA_SEL;
	e->tf.rflags = FL_IF;
	int r = info_page_create(e);
	if (r) {
		vm_destroy(pml4);
		if (e->info_pa)
			frame_decref(e->info_pa);
		e->state = ENV_FREE;
		return r;
	}
	*out = e;
	return 0;
}

struct env *env_by_id(exov6_envid_t id)
{
	if (id <= 0)
		return 0;
	struct env *e = &envs[id & (NENV - 1)];
	return e->state != ENV_FREE && e->state != ENV_ZOMBIE && e->id == id ? e : 0;
}

int env_lookup(exov6_envid_t id, enum env_access access, struct env **out)
{
	struct env *e = id == 0 ? curenv : env_by_id(id);
	if (!e)
		return -ESRCH;
	int kin = e == curenv || e->parent == curenv->id;
	if (!kin && (access == ENV_CONTROL || (e->rights & EXOV6_RIGHT_SERVER)))
		return -EPERM;
	*out = e;
	return 0;
}

void env_free(struct env *e)
{
	env_fpu_forget(e);
	frame_decref(e->info_pa);
	e->state = ENV_FREE;
}

void env_fpu_save(struct env *e)
{
	if (fpu_owner == e) {
		clts();
		__asm__ volatile("fxsave %0" : "=m"(e->fpu));
	}
}

void env_fpu_forget(struct env *e)
{
	if (fpu_owner == e)
		fpu_owner = 0;
}

void env_fpu_trap(void)
{
	clts();
	if (fpu_owner != curenv) {
		if (fpu_owner)
			__asm__ volatile("fxsave %0" : "=m"(fpu_owner->fpu));
		__asm__ volatile("fxrstor %0" : : "m"(curenv->fpu));
		fpu_owner = curenv;
	}
	env_run(curenv);
}

void env_run(struct env *e)
{
	/* A new image has had no chance to install its handler and load the
	 * dispositions it inherited: its signals wait until it does. */
	if (e->pending_signals && e->upcall_set)
		signal_deliver(e);
	/* Lazy FPU switching: the state moves only when the env uses it. */
	if (fpu_owner == e)
		clts();
	else
		set_ts();
	if (rcr3() != e->pml4)
		lcr3(e->pml4);
	/* I/O ports are open to envs holding the right (hw.c). */
	gdt_io_ports((e->rights & EXOV6_RIGHT_IO) != 0);
	curenv = e;
	e->has_run = 1;
	extern void env_pop_tf(struct exov6_trapframe *) __attribute__((noreturn));
	env_pop_tf(&e->tf);
}
