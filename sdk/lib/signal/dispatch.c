/* dispatch.c - deliver a signal: ignore it, take the default action, or
 * call the program's handler on the exception stack with a siginfo_t and
 * a ucontext_t describing the interrupted registers; registers the
 * handler changes in the ucontext are the ones execution resumes with. */
#include <errno.h>
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

static void call_handler(struct libos_state *s, int sig, struct exov6_upcall_frame *f,
			 int is_fault, unsigned long sender)
{
	struct sigaction act = s->sigactions[sig];
	siginfo_t info;
	ucontext_t uc;
	memset(&info, 0, sizeof info);
	memset(&uc, 0, sizeof uc);
	info.si_signo = sig;
	info.si_code = is_fault ? fault_code(sig, f) : EXOV6_SIGINFO_CODE(sender);
	info.si_pid = is_fault ? 0 : EXOV6_SIGINFO_FROM(sender);
	info.si_addr = (void *)(is_fault ? (f->tf.trapno == EXOV6_T_PGFLT ? f->fault_va : f->tf.rip) : 0);
	if (f)
		to_ucontext(&f->tf, &uc);
	uc.uc_sigmask = s->sigmask;

	if (!(act.sa_flags & SA_RESTART))
		s->sig_interrupted = 1;
	s->sigmask |= act.sa_mask | (act.sa_flags & SA_NODEFER ? 0 : SIGBIT(sig));
	if (act.sa_flags & SA_RESETHAND)
		s->sigactions[sig].sa_handler = SIG_DFL;
	if (act.sa_flags & SA_SIGINFO)
		act.sa_sigaction(sig, &info, &uc);
	else
		act.sa_handler(sig);
	s->sigmask = uc.uc_sigmask & ~(SIGBIT(SIGKILL) | SIGBIT(SIGSTOP));
	if (f)
		from_ucontext(&uc, &f->tf);
}

/* Act on sig; f is the interrupted frame (0: none, a pending signal
 * run when unblocked), sender its EXOV6_SIGINFO. */
static int act_on(struct exov6_upcall_frame *f, int sig, int is_fault, unsigned long sender)
{
	struct libos_state *s = __libos_state();
	void (*h)(int) = s ? s->sigactions[sig].sa_handler : SIG_DFL;
	int flags = s ? s->sigactions[sig].sa_flags : 0;
	if (sig == SIGCHLD && !is_fault) {
		int code = EXOV6_SIGINFO_CODE(sender);
		if (h == SIG_IGN || (flags & SA_NOCLDWAIT))
			reap_children();
		if ((flags & SA_NOCLDSTOP) && (code == CLD_STOPPED || code == CLD_CONTINUED))
			return 1;
	}
	if (h == SIG_DFL || (h == SIG_IGN && is_fault) ||
	    (is_fault && (s->sigmask & SIGBIT(sig)))) {
		if (is_fault)
			return 0;
		if (s && (s->sigmask & SIGBIT(sig)) && !ignored_by_default(sig)) {
			s->sigpending |= SIGBIT(sig);   /* blocked: it waits */
			s->sigpending_info[sig] = sender;
			return 1;
		}
		if (stops_by_default(sig))
			exov6_sys_env_stop(sig);
		else if (!ignored_by_default(sig))
			exov6_sys_env_exit(EXOV6_W_SIGNALED(sig));
		return 1;
	}
	if (h == SIG_IGN)
		return 1;
	if (s->sigmask & SIGBIT(sig)) {
		s->sigpending |= SIGBIT(sig);
		s->sigpending_info[sig] = sender;
		return 1;
	}
	call_handler(s, sig, f, is_fault, sender);
	__libos_signal_unblocked();
	return 1;
}

int __libos_signal(struct exov6_upcall_frame *f, int sig, int is_fault)
{
	return act_on(f, sig, is_fault, f && !is_fault ? f->fault_va : 0);
}

int __libos_restart(long r)
{
	struct libos_state *s = __libos_state();
	if (r != -EINTR || !s)
		return 0;
	if (s->sig_interrupted) {
		s->sig_interrupted = 0;
		return 0;
	}
	return 1;
}

void __libos_restart_begin(void)
{
	struct libos_state *s = __libos_state();
	if (s)
		s->sig_interrupted = 0;
}

void __libos_signal_unblocked(void)
{
	struct libos_state *s = __libos_state();
	sigset_t ready;
	while (s && (ready = s->sigpending & ~s->sigmask)) {
		int sig = __builtin_ctzl(ready) + 1;
		s->sigpending &= ~SIGBIT(sig);
		unsigned long sender = s->sigpending_info[sig];
		s->sigpending_info[sig] = 0;
		act_on(0, sig, 0, sender);
	}
}
