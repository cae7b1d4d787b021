/* ipc.c - synchronous IPC.  A sender meets a receiver: if the receiver is
 * already waiting the message is copied register to register at once,
 * otherwise the sender waits on the receiver's queue.  call and
 * reply_recv switch straight to the peer that now has work, so a
 * client/server round trip needs no scheduler pass. */
#include <exov6/errno.h>
#include <exov6/layout.h>
#include <exov6/syscall.h>
#include "block.h"
#include "ipc.h"
#include "memlayout.h"
#include "sched.h"
#include "vm.h"

/* May s grant its page at srcva (0: no page) with perm?  0 or -errno. */
static int check_grant(const struct env *s, uint64_t srcva, uint64_t perm)
{
	uint64_t pa;
	return srcva ? vm_grantable(s->pml4, srcva, perm, &pa) : 0;
}

/* Put a message from s into r's registers (and its page at r's window)
 * and let r run. */
static void deliver(const struct env *s, struct env *r, const uint64_t w[3],
		    uint64_t srcva, uint64_t perm, int wants_reply)
{
	uint64_t granted = 0;
	uint64_t pa;
	if (srcva && r->ipc_window) {
		if (vm_grantable(s->pml4, srcva, perm, &pa) == 0 &&
		    vm_map(r->pml4, r->ipc_window, pa, perm) == 0)
			granted = PTE_P | PTE_U | (perm & (PTE_W | PTE_NX));
	}
	r->tf.rdi = (uint64_t)s->id;
	r->tf.rsi = w[0];
	r->tf.rdx = w[1];
	r->tf.r10 = w[2];
	r->tf.r8 = granted;
	r->tf.r9 = (uint64_t)wants_reply;
	block_wake(r, 0);
}

/* Is r waiting for a message from s?  A caller waiting for its reply takes
 * it from the callee only (a plain send from the callee is a reply too). */
static int accepts(const struct env *r, const struct env *s)
{
	return (r->block.why == BLOCK_RECV && (r->block.ipc.peer == 0 || r->block.ipc.peer == s->id)) ||
	       (r->block.why == BLOCK_REPLY && r->block.ipc.peer == s->id);
}

static void enqueue(struct env *r, struct env *s)
{
	s->sendq_next = 0;
	if (r->sendq_tail)
		r->sendq_tail->sendq_next = s;
	else
		r->sendq_head = s;
	r->sendq_tail = s;
}

/* Unlink and return the first sender in r's queue that from (0: any)
 * names, or NULL. */
static struct env *dequeue(struct env *r, exov6_envid_t from)
{
	struct env *prev = 0;
	for (struct env *s = r->sendq_head; s; prev = s, s = s->sendq_next) {
		if (from && s->id != from)
			continue;
		if (prev)
			prev->sendq_next = s->sendq_next;
		else
			r->sendq_head = s->sendq_next;
		if (r->sendq_tail == s)
			r->sendq_tail = prev;
		s->sendq_next = 0;
		return s;
	}
	return 0;
}

/* r takes queued sender s's message; s's send completes, or its call
 * now waits for the reply. */
static void take(struct env *s, struct env *r)
{
	deliver(s, r, s->block.ipc.w, s->block.ipc.srcva, s->block.ipc.perm, s->block.ipc.is_call);
	if (s->block.ipc.is_call) {
		s->tf.rax = 0;
		s->block.ipc.peer = r->id;
		block_set(s, BLOCK_REPLY, 0);
	} else {
		block_wake(s, 0);
	}
}

long ipc_send(int is_call, uint64_t to, const uint64_t w[3], uint64_t srcva, uint64_t perm)
{
	struct env *self = curenv, *t = env_by_id((exov6_envid_t)to);
	if (!t)
		return -ESRCH;
	if (t == self)
		return -EDEADLK;
	int r = check_grant(self, srcva, perm);
	if (r)
		return r;
	if (accepts(t, self)) {
		deliver(self, t, w, srcva, perm, is_call);
		if (!is_call)
			return 0;
		self->tf.rax = 0;
		self->block.ipc.peer = t->id;
		block_set(self, BLOCK_REPLY, 0);
		env_run(t);
	}
	self->block.ipc.peer = t->id;
	self->block.ipc.is_call = is_call;
	for (int i = 0; i < 3; i++)
		self->block.ipc.w[i] = w[i];
	self->block.ipc.srcva = srcva;
	self->block.ipc.perm = perm;
	enqueue(t, self);
	self->tf.rax = 0;
	block_current(BLOCK_SEND, 0);
}

long ipc_recv(uint64_t from)
{
	struct env *self = curenv;
	if (from && !env_by_id((exov6_envid_t)from))
		return -ESRCH;
	if (from == (uint64_t)self->id)
		return -EDEADLK;        /* nobody else could ever send it */
	struct env *s = dequeue(self, (exov6_envid_t)from);
	if (s) {
		take(s, self);
		return 0;
	}
	self->block.ipc.peer = (exov6_envid_t)from;
	block_current(BLOCK_RECV, 0);
}

long ipc_reply_recv(uint64_t to, const uint64_t w[3], uint64_t srcva, uint64_t perm)
{
	struct env *self = curenv, *caller = 0;
	if (to) {
		caller = env_by_id((exov6_envid_t)to);
		if (!caller)
			return -ESRCH;
		if (caller->block.why != BLOCK_REPLY || caller->block.ipc.peer != self->id)
			return -EINVAL;
		int r = check_grant(self, srcva, perm);
		if (r)
			return r;
		deliver(self, caller, w, srcva, perm, 0);
	}
	struct env *s = dequeue(self, 0);
	if (s) {
		take(s, self);
		return 0;
	}
	self->block.ipc.peer = 0;
	block_set(self, BLOCK_RECV, 0);
	if (caller)
		env_run(caller);
	sched_yield();
}

long ipc_window(uint64_t va)
{
	if (va && !vm_user_page_va(va))
		return -EINVAL;
	curenv->ipc_window = va;
	return 0;
}

void ipc_cancel(struct env *e)
{
	if (e->block.why == BLOCK_SEND) {
		struct env *t = env_by_id(e->block.ipc.peer);
		if (t)
			dequeue(t, e->id);
	}
}

void ipc_env_gone(struct env *e)
{
	ipc_cancel(e);
	for (struct env *s; (s = dequeue(e, 0));)
		block_wake(s, -ESRCH);
	for (int i = 0; i < NENV; i++) {
		struct env *x = &envs[i];
		if (x != e && x->state != ENV_FREE &&
		    (x->block.why == BLOCK_REPLY || x->block.why == BLOCK_RECV) && x->block.ipc.peer == e->id)
			block_wake(x, -ESRCH);
	}
}
