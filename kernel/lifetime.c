/* lifetime.c - ending envs, waiting for them and exec (see lifetime.h).
 * A wait status is written into the waiter's memory when it is handed
 * over, through the checked copy-out: a waiter whose status page was
 * unmapped or made read-only meanwhile gets -EFAULT, and the child stays
 * a zombie for a later wait. */
#include <exov6/errno.h>
#include <exov6/layout.h>
#include "block.h"
#include "hw.h"
#include "ipc.h"
#include "kprintf.h"
#include "lifetime.h"
#include "power.h"
#include "sched.h"
#include <string.h>
#include "timer.h"
#include "vm.h"
#include "x86.h"

/* Hand child's status to parent at status_va (0: nowhere) and reap child.
 * Returns the child's id, or -EFAULT (child kept) when the status cannot
 * be written. */
static long hand_over(struct env *parent, struct env *child, uint64_t status_va)
{
	if (status_va && vm_copy_out(parent->pml4, status_va, &child->status, sizeof child->status))
		return -EFAULT;
	exov6_envid_t id = child->id;
	env_free(child);
	return id;
}

/* Is p blocked waiting for child c? */
static int waits_for(const struct env *p, const struct env *c)
{
	return p->block.why == BLOCK_WAIT && (p->block.wait.child == 0 || p->block.wait.child == c->id);
}

/* Child c, a zombie, goes to its waiting parent p. */
static void hand_to_waiter(struct env *p, struct env *c)
{
	block_wake(p, hand_over(p, c, p->block.wait.status_va));
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
			env_set_parent(c, 0);
			env_exit(c, EXOV6_W_SIGNALED(9));
			continue;
		}
		env_set_parent(c, adopter ? adopter->id : 0);
		if (c->state != ENV_ZOMBIE)
			continue;
		if (!adopter)
			env_free(c);
		else if (waits_for(adopter, c))
			hand_to_waiter(adopter, c);
	}
	ipc_env_gone(e);
	hw_env_gone(e->id);
	vm_destroy(e->pml4);
	e->pml4 = 0;
	e->status = status;
	e->state = ENV_ZOMBIE;
	e->block.why = BLOCK_NONE;
	if (curenv == e)
		curenv = 0;

	struct env *p = env_by_id(e->parent);
	if (!p)
		env_free(e);
	else if (waits_for(p, e))
		hand_to_waiter(p, e);
}

long env_wait(exov6_envid_t id, uint64_t status_va, uint64_t options)
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
		if (c->state == ENV_ZOMBIE)
			return hand_over(self, c, status_va);
	}
	if (!children)
		return -ECHILD;
	if (options & EXOV6_WAIT_NOHANG)
		return 0;
	self->block.wait.child = id;
	self->block.wait.status_va = status_va;
	block_current(BLOCK_WAIT, 0);
}

long env_replace(exov6_envid_t child_id)
{
	struct env *self = curenv, *c;
	int r = env_lookup(child_id, ENV_CONTROL, &c);
	if (r)
		return r;
	if (c == self)
		return -EINVAL;
	if (c->state != ENV_STOPPED || c->block.why != BLOCK_NONE)
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
	ipc_env_gone(c);                /* its id ends: queued senders get -ESRCH */
	env_free(c);
	env_fpu_forget(self);           /* reload the new image's FPU state */
	lcr3(self->pml4);
	vm_destroy(old);
	env_run(self);
}
