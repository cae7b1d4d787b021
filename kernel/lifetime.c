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
#include "signal.h"
#include "tty.h"
#include <string.h>
#include "timer.h"
#include "vm.h"
#include "x86.h"

/* Does a wait for `which` (> 0 that env, 0 any child, < 0 group -which)
 * take child c? */
static int selects(exov6_envid_t which, const struct env *c)
{
	return which == 0 || c->id == which || (which < 0 && c->pgid == -which);
}

/* The wait status child c has for a wait with these options, or -1 when
 * it has nothing to tell: its end, a stop (EXOV6_WAIT_UNTRACED) or a
 * continue (EXOV6_WAIT_CONTINUED) not yet reported. */
static int news(const struct env *c, uint64_t options)
{
	if (c->state == ENV_ZOMBIE)
		return options & EXOV6_WAIT_NOEXITED ? -1 : c->status;
	if (c->stop_sig && c->stop_unreported && (options & EXOV6_WAIT_UNTRACED))
		return EXOV6_W_STOPPED(c->stop_sig);
	if (c->cont_unreported && (options & EXOV6_WAIT_CONTINUED))
		return EXOV6_W_CONTINUED;
	return -1;
}

/* Hand child's news to parent at status_va (0: nowhere): reap an ended
 * child, mark a stop or continue reported (unless EXOV6_WAIT_NOWAIT).
 * Returns the child's id, or -EFAULT (nothing changes) when the status
 * cannot be written. */
static long hand_over(struct env *parent, struct env *child, uint64_t status_va, uint64_t options)
{
	int status = news(child, options);
	if (status_va && vm_copy_out(parent->pml4, status_va, &status, sizeof status))
		return -EFAULT;
	exov6_envid_t id = child->id;
	if (options & EXOV6_WAIT_NOWAIT)
		return id;
	if (child->state == ENV_ZOMBIE)
		env_free(child);
	else if (status == EXOV6_W_CONTINUED)
		child->cont_unreported = 0;
	else
		child->stop_unreported = 0;
	return id;
}

void wait_notify(struct env *p, struct env *c)
{
	if (p->block.why == BLOCK_WAIT && selects(p->block.wait.child, c) &&
	    news(c, p->block.wait.options) != -1)
		block_wake(p, hand_over(p, c, p->block.wait.status_va, p->block.wait.options));
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
		else
			wait_notify(adopter, c);
	}
	ipc_env_gone(e);
	hw_env_gone(e->id);
	tty_env_gone(e);
	vm_destroy(e->pml4);
	e->pml4 = 0;
	e->status = status;
	e->state = ENV_ZOMBIE;
	e->block.why = BLOCK_NONE;
	if (curenv == e)
		curenv = 0;

	if (!env_by_id(e->parent))
		env_free(e);
	else
		signal_parent(e, status & 0x7f ? EXOV6_CLD_KILLED : EXOV6_CLD_EXITED);
}

long env_wait(exov6_envid_t id, uint64_t status_va, uint64_t options)
{
	struct env *self = curenv;
	int children = 0;

	if (options & ~(uint64_t)(EXOV6_WAIT_NOHANG | EXOV6_WAIT_UNTRACED |
				  EXOV6_WAIT_CONTINUED | EXOV6_WAIT_NOWAIT | EXOV6_WAIT_NOEXITED))
		return -EINVAL;
	if (status_va && vm_check_user(self->pml4, status_va, sizeof(int), 1))
		return -EFAULT;
	for (int i = 0; i < NENV; i++) {
		struct env *c = &envs[i];
		if (c->state == ENV_FREE || c->parent != self->id || !selects(id, c))
			continue;
		children++;
		if (news(c, options) != -1)
			return hand_over(self, c, status_va, options);
	}
	if (!children)
		return -ECHILD;
	if (options & EXOV6_WAIT_NOHANG)
		return 0;
	self->block.wait.child = id;
	self->block.wait.status_va = status_va;
	self->block.wait.options = options;
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
	self->upcall_set = 0;           /* signals wait for the new image's handler */
	self->ipc_window = 0;
	self->has_exec = 1;
	c->pml4 = 0;
	ipc_env_gone(c);                /* its id ends: queued senders get -ESRCH */
	env_free(c);
	env_fpu_forget(self);           /* reload the new image's FPU state */
	lcr3(self->pml4);
	vm_destroy(old);
	env_run(self);
}
