/* env.c - the env table: creation, lookup with the parent/child permission
 * rule, ending with a wait status, waiting for children, and switching to
 * an env (address space, FPU state, registers). */
#include <exov6/errno.h>
#include <exov6/layout.h>
#include "env.h"
#include "gdt.h"
#include "hw.h"
#include "ipc.h"
#include "kprintf.h"
#include "memlayout.h"
#include "pmm.h"
#include "power.h"
#include "rtc.h"
#include "sched.h"
#include <string.h>
#include "timer.h"
#include "upcall.h"
#include "vm.h"
#include "x86.h"

struct env envs[NENV];
struct env *curenv;

static struct env *fpu_owner;
static uint64_t boot_epoch, boot_tsc;           /* whose state the FPU holds */
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

static void set_parent(struct env *e, exov6_envid_t parent)
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

int env_lookup(exov6_envid_t id, int children_ok, struct env **out)
{
	struct env *e = id == 0 ? curenv : env_by_id(id);
	if (!e)
		return -ESRCH;
	if (e != curenv && !(children_ok && e->parent == curenv->id))
		return -EPERM;
	*out = e;
	return 0;
}

static void env_free(struct env *e)
{
	if (fpu_owner == e)
		fpu_owner = 0;
	frame_decref(e->info_pa);
	e->state = ENV_FREE;
}

/* Hand child's status to a parent blocked in env_wait, and reap child. */
static void deliver(struct env *parent, struct env *child)
{
	if (parent->wait_status_va)
		vm_copy_out(parent->pml4, parent->wait_status_va, &child->status, sizeof child->status);
	parent->tf.rax = (uint64_t)child->id;
	parent->block = BLOCK_NONE;
	env_free(child);
}

static void power_off_after(int status)
{
	kprintf("exov6: uptime ticks=%lu\n", timer_ticks());
	if (status & 0x7f)
		kprintf("exov6: end signal=%d\n", status & 0x7f);
	else
		kprintf("exov6: end exit=%d\n", (status >> 8) & 0xff);
	power_off(0);
}

void env_exit(struct env *e, int status)
{
	if (e->is_first)
		power_off_after(status);

	/* Orphans go to the first program, which reaps them like init.
	 * Children that never ran are half-built (a spawn in progress) and
	 * nobody else could finish them: they end with their parent. */
	struct env *adopter = 0;
	for (int i = 0; i < NENV; i++)
		if (envs[i].is_first && envs[i].state != ENV_FREE && envs[i].state != ENV_ZOMBIE)
			adopter = &envs[i];
	for (int i = 0; i < NENV; i++) {
		struct env *c = &envs[i];
		if (c->state == ENV_FREE || c->parent != e->id)
			continue;
		if (!c->has_run && c->state == ENV_STOPPED) {
			set_parent(c, 0);
			env_exit(c, EXOV6_W_SIGNALED(9));
			continue;
		}
		set_parent(c, adopter ? adopter->id : 0);
		if (c->state != ENV_ZOMBIE)
			continue;
		if (!adopter)
			env_free(c);
		else if (adopter->block == BLOCK_WAIT && adopter->wait_for == 0)
			deliver(adopter, c);
	}
	ipc_env_gone(e);
	hw_env_gone(e->id);
	vm_destroy(e->pml4);
	e->pml4 = 0;
	e->status = status;
	e->state = ENV_ZOMBIE;
	if (curenv == e)
		curenv = 0;

	struct env *p = env_by_id(e->parent);
	if (!p)
		env_free(e);
	else if (p->block == BLOCK_WAIT && (p->wait_for == 0 || p->wait_for == e->id))
		deliver(p, e);
}

int env_wait(exov6_envid_t id, uint64_t status_va, uint64_t options)
{
	struct env *self = curenv;
	int children = 0;

	if (options & ~(uint64_t)EXOV6_WAIT_NOHANG)
		return -EINVAL;
	if (status_va && vm_check_user(self->pml4, status_va, sizeof(int), 1))
		return -EFAULT;
	for (int i = 0; i < NENV; i++) {
		struct env *c = &envs[i];
		if (c->state == ENV_FREE || c->parent != self->id || (id && c->id != id))
			continue;
		children++;
		if (c->state == ENV_ZOMBIE) {
			self->wait_status_va = status_va;
			deliver(self, c);
			return c->id;
		}
	}
	if (!children)
		return -ECHILD;
	if (options & EXOV6_WAIT_NOHANG)
		return 0;
	self->block = BLOCK_WAIT;
	self->wait_for = id;
	self->wait_status_va = status_va;
	sched_yield();
}

int env_replace(exov6_envid_t child_id)
{
	struct env *self = curenv, *c;
	int r = env_lookup(child_id, 1, &c);
	if (r)
		return r;
	if (c == self)
		return -EINVAL;
	if (c->state != ENV_STOPPED || c->block != BLOCK_NONE)
		return -EBUSY;
	for (int i = 0; i < NENV; i++)
		if (envs[i].state != ENV_FREE && envs[i].parent == c->id)
			return -EBUSY;
	/* The new image sees the caller's info page (its id stays). */
	if ((r = vm_map(c->pml4, UINFO, self->info_pa, PTE_NX)))
		return r;

	uint64_t old = self->pml4;
	self->pml4 = c->pml4;
	self->tf = c->tf;
	memcpy(self->fpu, c->fpu, sizeof self->fpu);
	memcpy(self->name, c->name, sizeof self->name);
	self->upcall_entry = self->xstack_lo = self->xstack_hi = 0;
	self->ipc_window = 0;
	c->pml4 = 0;
	env_free(c);
	if (fpu_owner == self)
		fpu_owner = 0;          /* reload the new image's FPU state */
	lcr3(self->pml4);
	vm_destroy(old);
	env_run(self);
}

uint64_t env_deadline(uint64_t ns)
{
	uint64_t hz = tsc_hz(), s = ns / 1000000000u, rest = ns % 1000000000u;
	return rdtsc() + s * hz + rest * hz / 1000000000u;     /* no 128-bit division here */
}

long env_sleep(uint64_t ns)
{
	if (ns == 0)
		return 0;
	curenv->wake_tsc = env_deadline(ns);
	curenv->block = BLOCK_SLEEP;
	curenv->tf.rax = 0;
	sched_yield();
}

void env_wake_sleepers(uint64_t now)
{
	for (int i = 0; i < NENV; i++) {
		struct env *e = &envs[i];
		if (e->block == BLOCK_SLEEP && e->wake_tsc <= now) {
			e->block = BLOCK_NONE;
		} else if (e->block == BLOCK_FUTEX && e->wake_tsc && e->wake_tsc <= now) {
			e->block = BLOCK_NONE;
			e->tf.rax = (uint64_t)-ETIMEDOUT;
		}
	}
}

long env_signal(exov6_envid_t id, uint64_t sig)
{
	struct env *e = id == 0 ? curenv : env_by_id(id);
	if (!e)
		return -ESRCH;
	if (sig > 63)
		return -EINVAL;
	/* A system server (init, the file server) hears only itself and its
	 * parent; every other env may be signalled by anyone (one user). */
	if ((e->rights & EXOV6_RIGHT_SERVER) && e != curenv && e->parent != curenv->id)
		return -EPERM;
	if (sig == 0)
		return 0;
	if (sig == 9) {
		int self = e == curenv;
		env_exit(e, EXOV6_W_SIGNALED(9));
		if (self)
			sched_yield();
		return 0;
	}
	e->pending_signals |= 1ull << sig;
	if (e->block != BLOCK_NONE) {
		/* Interrupt the blocked call; the signal goes up on its return. */
		ipc_cancel(e);
		e->block = BLOCK_NONE;
		e->tf.rax = (uint64_t)-EINTR;
	}
	return 0;
}

/* Send e to its handler with one pending signal; without a handler the
 * signal ends e. */
static void deliver_signal(struct env *e)
{
	int sig = __builtin_ctzll(e->pending_signals);
	e->pending_signals &= ~(1ull << sig);
	if (upcall_deliver(e, EXOV6_T_SIGNAL, (uint64_t)sig, 0) == 0)
		return;
	env_exit(e, EXOV6_W_SIGNALED(sig));
	sched_yield();
}

void env_fpu_save(struct env *e)
{
	if (fpu_owner == e) {
		clts();
		__asm__ volatile("fxsave %0" : "=m"(e->fpu));
	}
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
	if (e->pending_signals)
		deliver_signal(e);
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
