/* dispatch.c - deliver a signal: ignore it, take the default action, keep
 * it pending (blocked, or asked for by a sigwait), or call the program's
 * handler (on the exception stack, or the alternate stack with
 * SA_ONSTACK) with a siginfo_t and a ucontext_t describing the
 * interrupted registers; registers the handler changes in the ucontext
 * are the ones execution resumes with.  Counters of the handlers run tell
 * interrupted calls whether to restart (SA_RESTART). */
#include <errno.h>
#include <exov6/layout.h>
#include <exov6/syscall.h>
#include <string.h>
#include <sys/ucontext.h>
#include "../mem/libos_state.h"
#include "signal_private.h"

static int ignored_by_default(int sig)
{
	return sig == SIGCHLD || sig == SIGURG || sig == SIGWINCH || sig == SIGCONT;
}

static int stops_by_default(int sig)
{
	return sig == SIGTSTP || sig == SIGTTIN || sig == SIGTTOU;
}

/* SIGCHLD ignored, or SA_NOCLDWAIT: children leave no zombie.  The
 * kernel keeps them until a wait; reap them now. */
static void reap_children(void)
{
	while (exov6_sys_env_wait(0, 0, EXOV6_WAIT_NOHANG) > 0)
		;
}

static void to_ucontext(const struct exov6_trapframe *tf, ucontext_t *uc)
{
	greg_t *g = uc->uc_mcontext.gregs;
	g[REG_R8] = (greg_t)tf->r8; g[REG_R9] = (greg_t)tf->r9;
	g[REG_R10] = (greg_t)tf->r10; g[REG_R11] = (greg_t)tf->r11;
	g[REG_R12] = (greg_t)tf->r12; g[REG_R13] = (greg_t)tf->r13;
	g[REG_R14] = (greg_t)tf->r14; g[REG_R15] = (greg_t)tf->r15;
	g[REG_RDI] = (greg_t)tf->rdi; g[REG_RSI] = (greg_t)tf->rsi;
	g[REG_RBP] = (greg_t)tf->rbp; g[REG_RBX] = (greg_t)tf->rbx;
	g[REG_RDX] = (greg_t)tf->rdx; g[REG_RAX] = (greg_t)tf->rax;
	g[REG_RCX] = (greg_t)tf->rcx; g[REG_RSP] = (greg_t)tf->rsp;
	g[REG_RIP] = (greg_t)tf->rip; g[REG_EFL] = (greg_t)tf->rflags;
	g[REG_ERR] = (greg_t)tf->err; g[REG_TRAPNO] = (greg_t)tf->trapno;
}

static void from_ucontext(const ucontext_t *uc, struct exov6_trapframe *tf)
{
	const greg_t *g = uc->uc_mcontext.gregs;
	tf->r8 = (unsigned long)g[REG_R8]; tf->r9 = (unsigned long)g[REG_R9];
	tf->r10 = (unsigned long)g[REG_R10]; tf->r11 = (unsigned long)g[REG_R11];
	tf->r12 = (unsigned long)g[REG_R12]; tf->r13 = (unsigned long)g[REG_R13];
	tf->r14 = (unsigned long)g[REG_R14]; tf->r15 = (unsigned long)g[REG_R15];
	tf->rdi = (unsigned long)g[REG_RDI]; tf->rsi = (unsigned long)g[REG_RSI];
	tf->rbp = (unsigned long)g[REG_RBP]; tf->rbx = (unsigned long)g[REG_RBX];
	tf->rdx = (unsigned long)g[REG_RDX]; tf->rax = (unsigned long)g[REG_RAX];
	tf->rcx = (unsigned long)g[REG_RCX]; tf->rsp = (unsigned long)g[REG_RSP];
	tf->rip = (unsigned long)g[REG_RIP];
	/* Only the arithmetic flags and DF are the program's to change. */
	tf->rflags = (tf->rflags & ~EXOV6_RFLAGS_USER) | ((unsigned long)g[REG_EFL] & EXOV6_RFLAGS_USER);
}

static int fault_code(int sig, const struct exov6_upcall_frame *f)
{
	switch (sig) {
	case SIGSEGV: return f->tf.err & EXOV6_PF_PRESENT ? SEGV_ACCERR : SEGV_MAPERR;
	case SIGILL: return ILL_ILLOPC;
	case SIGFPE: return FPE_INTDIV;
	case SIGBUS: return BUS_ADRALN;
	default: return TRAP_BRKPT;
	}
}

void __libos_siginfo(siginfo_t *info, int sig, unsigned long sender)
{
	memset(info, 0, sizeof *info);
	info->si_signo = sig;
	info->si_code = EXOV6_SIGINFO_CODE(sender);
	info->si_pid = EXOV6_SIGINFO_FROM(sender);
	if (info->si_code == 0 && info->si_pid == 0)
		info->si_code = SI_KERNEL;      /* a timer, the terminal */
}

/* What the ucontext says of the alternate stack, as Linux has it: the
 * stack as sigaltstack set it, flags as given (SS_DISABLE for none). */
static void stack_report(const struct libos_state *s, stack_t *st)
{
	st->ss_sp = s->altstack_sp;
	st->ss_size = s->altstack_size;
	st->ss_flags = s->altstack_size ? s->altstack_flags : SS_DISABLE;
}

struct invocation {
	struct sigaction act;
	int sig;
	siginfo_t *info;
	ucontext_t *uc;
};

static void invoke(void *arg)
{
	struct invocation *v = arg;
	if (v->act.sa_flags & SA_SIGINFO)
		v->act.sa_sigaction(v->sig, v->info, v->uc);
	else
		v->act.sa_handler(v->sig);
}

static int on_xstack(unsigned long sp)
{
	return sp >= UXSTACK_TOP - UXSTACK_SIZE && sp < UXSTACK_TOP;
}

static void call_handler(struct libos_state *s, int sig, struct exov6_upcall_frame *f,
			 int is_fault, unsigned long sender)
{
	siginfo_t info;
	ucontext_t uc;
	struct invocation v = { s->sigactions[sig], sig, &info, &uc };
	unsigned long here = (unsigned long)__builtin_frame_address(0);
	if (is_fault) {
		memset(&info, 0, sizeof info);
		info.si_signo = sig;
		info.si_code = fault_code(sig, f);
		info.si_addr = (void *)(f->tf.trapno == EXOV6_T_PGFLT ? f->fault_va : f->tf.rip);
	} else {
		__libos_siginfo(&info, sig, sender);
	}
	memset(&uc, 0, sizeof uc);
	if (f)
		to_ucontext(&f->tf, &uc);
	uc.uc_sigmask = s->sigmask;
	stack_report(s, &uc.uc_stack);

	s->sig_handled++;
	if (!(v.act.sa_flags & SA_RESTART))
		s->sig_handled_intr++;
	s->sig_events++;
	s->sigmask |= v.act.sa_mask | (v.act.sa_flags & SA_NODEFER ? 0 : SIGBIT(sig));
	s->sigmask &= ~SIG_UNBLOCKABLE;
	if (v.act.sa_flags & SA_RESETHAND)
		s->sigactions[sig].sa_handler = SIG_DFL;        /* flags stay, as on Linux */
	/* An upcall moved to the alternate stack before it got here
	 * (upcall_entry.S); a handler run from ordinary code (a signal
	 * unblocked by sigprocmask) moves now.  One run from a handler on the
	 * exception stack stays there: its frames below are still live. */
	if ((v.act.sa_flags & SA_ONSTACK) && s->altstack_size && !__libos_on_altstack(s, here) &&
	    !on_xstack(here))
		__libos_call_on_stack(&v, invoke, (unsigned long)s->altstack_sp + s->altstack_size);
	else
		invoke(&v);
	s->sigmask = uc.uc_sigmask & ~SIG_UNBLOCKABLE;
	if (f)
		from_ucontext(&uc, &f->tf);
}

/* Does a signal with handler h vanish rather than wait when a sigwait
 * asks for it unblocked?  As on Linux: when it is ignored. */
static int discarded(void (*h)(int), int sig)
{
	return h == SIG_IGN || (h == SIG_DFL && ignored_by_default(sig));
}

/* Act on sig; f is the interrupted frame (0: none, a pending signal
 * run when unblocked), sender its EXOV6_SIGINFO. */
static int act_on(struct exov6_upcall_frame *f, int sig, int is_fault, unsigned long sender)
{
	struct libos_state *s = __libos_state();
	void (*h)(int) = s ? s->sigactions[sig].sa_handler : SIG_DFL;
	int flags = s ? s->sigactions[sig].sa_flags : 0;
	if (is_fault) {
		/* Blocked or not handled: the kernel kills, as Linux does. */
		if (!s || h == SIG_DFL || h == SIG_IGN || (s->sigmask & SIGBIT(sig)))
			return 0;
		call_handler(s, sig, f, 1, 0);
		__libos_signal_unblocked();
		return 1;
	}
	if (sig == SIGCHLD) {
		int code = EXOV6_SIGINFO_CODE(sender);
		if (h == SIG_IGN || (flags & SA_NOCLDWAIT))
			reap_children();
		if ((flags & SA_NOCLDSTOP) && (code == CLD_STOPPED || code == CLD_CONTINUED))
			return 1;
	}
	if (s && ((s->sigmask & SIGBIT(sig)) ||
		  ((s->sigwaiting & SIGBIT(sig)) && !discarded(h, sig)))) {
		/* Blocked (whatever its action, as on Linux), or a sigwait
		 * takes it: it waits. */
		s->sigpending |= SIGBIT(sig);
		s->sigpending_info[sig] = sender;
		s->sig_events++;
		return 1;
	}
	if (h == SIG_IGN)
		return 1;
	if (h == SIG_DFL) {
		if (stops_by_default(sig))
			exov6_sys_env_stop(sig);
		else if (!ignored_by_default(sig))
			exov6_sys_env_exit(EXOV6_W_SIGNALED(sig));
		return 1;
	}
	call_handler(s, sig, f, 0, sender);
	__libos_signal_unblocked();
	return 1;
}

int __libos_signal(struct exov6_upcall_frame *f, int sig, int is_fault)
{
	return act_on(f, sig, is_fault, f && !is_fault ? f->fault_va : 0);
}

struct __libos_sigmark __libos_restart_begin(void)
{
	struct libos_state *s = __libos_state();
	struct __libos_sigmark m = { 0, 0 };
	if (s) {
		m.handled = s->sig_handled;
		m.interrupting = s->sig_handled_intr;
	}
	return m;
}

int __libos_interrupted(struct __libos_sigmark m)
{
	struct libos_state *s = __libos_state();
	return !s || s->sig_handled_intr != m.interrupting;
}

int __libos_handled(struct __libos_sigmark m)
{
	struct libos_state *s = __libos_state();
	return !s || s->sig_handled != m.handled;
}

int __libos_restart(long r, struct __libos_sigmark m)
{
	return r == -EINTR && !__libos_interrupted(m);
}

int __libos_restart_nohandler(long r, struct __libos_sigmark m)
{
	return r == -EINTR && !__libos_handled(m);
}

void __libos_set_mask(struct libos_state *s, sigset_t mask)
{
	s->sigmask = mask & ~SIG_UNBLOCKABLE;
	__libos_signal_unblocked();
}

void __libos_signal_unblocked(void)
{
	struct libos_state *s = __libos_state();
	sigset_t ready;
	while (s && (ready = s->sigpending & ~s->sigmask & ~s->sigwaiting)) {
		int sig = __builtin_ctzl(ready) + 1;
		s->sigpending &= ~SIGBIT(sig);
		unsigned long sender = s->sigpending_info[sig];
		s->sigpending_info[sig] = 0;
		act_on(0, sig, 0, sender);
	}
}
