/* signal.c - signals (see signal.h).  A posted signal cuts a blocked
 * call short with -EINTR and reaches the env's upcall handler as trapno
 * EXOV6_T_SIGNAL the next time the env runs (a stopped env runs again
 * only when continued).  Stop and continue follow POSIX: a stop signal
 * discards a pending SIGCONT, SIGCONT discards pending stop signals and
 * continues a stopped env even when it is handled or ignored. */
#include <exov6/errno.h>
#include <exov6/syscall.h>
#include "block.h"
#include "lifetime.h"
#include "sched.h"
#include "signal.h"
#include "upcall.h"

#define BIT(sig) (1ull << (sig))
#define STOP_SIGNALS (BIT(EXOV6_SIGSTOP) | BIT(EXOV6_SIGTSTP) | BIT(EXOV6_SIGTTIN) | BIT(EXOV6_SIGTTOU))

/* Stop e (not the first program: nobody could continue it). */
static void stop(struct env *e, int sig)
{
	if (e->is_first || e->stop_sig)
		return;
	e->stop_sig = sig;
	e->stop_unreported = 1;
	e->cont_unreported = 0;
	signal_parent(e, EXOV6_CLD_STOPPED);
}

static void cont(struct env *e)
{
	e->pending_signals &= ~STOP_SIGNALS;
	if (!e->stop_sig)
		return;
	e->stop_sig = 0;
	e->stop_unreported = 0;
	e->cont_unreported = 1;
	signal_parent(e, EXOV6_CLD_CONTINUED);
}

void signal_post(struct env *e, int sig, exov6_envid_t from, int code)
{
	if (sig == EXOV6_SIGKILL) {
		env_exit(e, EXOV6_W_SIGNALED(EXOV6_SIGKILL));
		return;
	}
	if (sig == EXOV6_SIGSTOP) {
		e->pending_signals &= ~BIT(EXOV6_SIGCONT);
		stop(e, sig);
		return;
	}
	if (sig == EXOV6_SIGCONT)
		cont(e);
	else if (BIT(sig) & STOP_SIGNALS)
		e->pending_signals &= ~BIT(EXOV6_SIGCONT);
	e->pending_signals |= BIT(sig);
	e->sig_info[sig] = EXOV6_SIGINFO(code, from);
	block_interrupt(e);
}

/* The end of a signalling system call: if it ended or stopped the
 * caller, run something else. */
static long done(long r)
{
	if (!curenv || curenv->stop_sig) {
		if (curenv)
			curenv->tf.rax = (uint64_t)r;
		sched_yield();
	}
	return r;
}

long env_signal(exov6_envid_t id, uint64_t sig)
{
	struct env *e;
	int r = env_lookup(id, ENV_SIGNAL, &e);
	if (r)
		return r;
	if (sig > 63)
		return -EINVAL;
	if (sig)
		signal_post(e, (int)sig, curenv->id, 0);
	return done(0);
}

long env_signal_group(long pgid, uint64_t sig)
{
	struct env *self = curenv, *e;
	if (sig > 63 || pgid < -1)
		return -EINVAL;
	exov6_envid_t group = pgid == 0 ? self->pgid : (exov6_envid_t)pgid;
	exov6_envid_t from = self->id;
	int found = 0, sent = 0;
	for (int i = 0; i < NENV; i++) {
		struct env *x = &envs[i];
		if (x->state == ENV_FREE || x->state == ENV_ZOMBIE)
			continue;
		if (group == -1 ? x == self || x->is_first : x->pgid != group)
			continue;
		found++;
		if (env_lookup(x->id, ENV_SIGNAL, &e))
			continue;
		sent++;
		if (sig)
			signal_post(e, (int)sig, from, 0);
		if (!curenv)
			break;          /* the caller killed itself */
	}
	if (!found)
		return -ESRCH;
	return done(sent ? 0 : -EPERM);
}

long env_stop_self(uint64_t sig)
{
	if (sig == 0 || sig > 63)
		return -EINVAL;
	stop(curenv, (int)sig);
	return done(0);
}

void signal_post_group(exov6_envid_t pgid, int sig)
{
	for (int i = 0; i < NENV && pgid; i++) {
		struct env *x = &envs[i];
		if (x->state != ENV_FREE && x->state != ENV_ZOMBIE && x->pgid == pgid &&
		    (x->is_first || !(x->rights & EXOV6_RIGHT_SERVER)))
			signal_post(x, sig, 0, 0);
	}
}

void signal_parent(struct env *e, int code)
{
	struct env *p = env_by_id(e->parent);
	if (!p)
		return;
	wait_notify(p, e);
	if (env_by_id(p->id))
		signal_post(p, EXOV6_SIGCHLD, e->id, code);
}

void signal_deliver(struct env *e)
{
	int sig = __builtin_ctzll(e->pending_signals);
	e->pending_signals &= ~BIT(sig);
	if (upcall_deliver(e, EXOV6_T_SIGNAL, (uint64_t)sig, e->sig_info[sig]) == 0)
		return;
	env_exit(e, EXOV6_W_SIGNALED(sig));
	sched_yield();
}
