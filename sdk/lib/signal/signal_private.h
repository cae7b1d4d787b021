/* signal_private.h - how faults and posted signals reach the handlers,
 * and what the libOS's blocking calls ask about them afterwards. */
#ifndef SIGNAL_PRIVATE_H
#define SIGNAL_PRIVATE_H

#include <exov6/env.h>
#include <signal.h>

#define SIGBIT(sig) (1ul << ((sig) - 1))
#define SIG_UNBLOCKABLE (SIGBIT(SIGKILL) | SIGBIT(SIGSTOP))

struct libos_state;

/* Act on signal sig for the interrupted registers in f (which a handler
 * may change through its ucontext).  Returns 1 when execution may resume,
 * 0 when the kernel should kill the program (a fault nobody handles). */
int __libos_signal(struct exov6_upcall_frame *f, int sig, int is_fault);
/* Run the handlers of pending signals no longer blocked. */
void __libos_signal_unblocked(void);
/* Block exactly mask (never SIGKILL or SIGSTOP), then run the handlers of
 * the pending signals it unblocks. */
void __libos_set_mask(struct libos_state *s, sigset_t mask);
/* The siginfo_t of signal sig posted with EXOV6_SIGINFO sender (a signal
 * from the kernel without a code reads SI_KERNEL, as on Linux). */
void __libos_siginfo(siginfo_t *info, int sig, unsigned long sender);

/* Where the signal history stood when a blocking call began: call
 * __libos_restart_begin before the call; when it returns r, ask one of
 * the questions below.  Counters, so a handler's own calls do not
 * disturb the interrupted call's answer. */
struct __libos_sigmark {
	unsigned handled, interrupting;
};
struct __libos_sigmark __libos_restart_begin(void);
/* SA_RESTART's rule (reads, writes, waits, the console): r is -EINTR
 * and no handler without SA_RESTART ran since m (the signal was ignored
 * or blocked, stopped and continued us, or had SA_RESTART): the call
 * must be made again. */
int __libos_restart(long r, struct __libos_sigmark m);
/* The calls SA_RESTART never restarts (sleeps, poll, select, sem_wait,
 * the waits for signals): r is -EINTR but no handler at all ran since m,
 * so nothing interrupted the caller: the call goes on. */
int __libos_restart_nohandler(long r, struct __libos_sigmark m);
/* Has a handler without SA_RESTART (any handler) run since m? */
int __libos_interrupted(struct __libos_sigmark m);
int __libos_handled(struct __libos_sigmark m);

/* Block until a handler runs or a signal turns pending (the events
 * counter moves from seen), at most ns nanoseconds (0: no limit).  0,
 * -ETIMEDOUT, or -EINTR/-EAGAIN when something happened. */
long __libos_signal_wait(unsigned seen, unsigned long ns);

/* The alternate signal stack (altstack.c): is sp on it (as Linux counts:
 * its top is on it, its bottom is not)?  Where should an upcall for f run
 * (0: the exception stack, where it is)?  Called by upcall_entry.S with
 * the frame still on the exception stack. */
int __libos_on_altstack(const struct libos_state *s, unsigned long sp);
unsigned long __libos_upcall_stack(const struct exov6_upcall_frame *f);
/* Call fn(arg) on the stack whose top is top. */
void __libos_call_on_stack(void *arg, void (*fn)(void *), unsigned long top);

/* exec and spawn (sigpass.c): hand env, a stopped image we built, our
 * signal state as POSIX says exec keeps it: the mask (or *mask),
 * ignored signals stay ignored (but those in *deflt, which take their
 * default action), handled ones take their default action; pending
 * signals too when keep_pending (exec, not spawn).  0 or -errno. */
int __libos_signal_pass(int env, const sigset_t *mask, const sigset_t *deflt, int keep_pending);
/* In a new image, before the upcall handler is installed: take what was
 * handed over, if anything. */
void __libos_signal_inherit(void);
/* fork's child: no pending signals (POSIX; sigprocmask.c). */
void __libos_signal_forked(void);

/* Before a console read (is_read, SIGTTIN) or a write under TOSTOP or a
 * change of settings (SIGTTOU): if the caller's group is in the
 * background of its terminal, signal the group (the default action stops
 * it) and check again once continued.  0 to go on, -EIO (a read with the
 * signal ignored or blocked) or -EINTR (a handler took it). */
int __libos_tty_background(int sig, int is_read);

#endif
