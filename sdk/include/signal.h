/* signal.h - signals (numbers as on Linux/x86-64, so ported software sees
 * familiar values), sigaction, masks and waiting for signals, the
 * alternate signal stack, and the BSD and XSI compatibility calls, under
 * glibc's feature-test macros. */
#ifndef _SIGNAL_H
#define _SIGNAL_H

#include <features.h>

#ifdef __cplusplus
extern "C" {
#endif

#define SIGHUP     1
#define SIGINT     2
#define SIGQUIT    3
#define SIGILL     4
#define SIGTRAP    5
#define SIGABRT    6
#define SIGIOT     SIGABRT
#define SIGBUS     7
#define SIGFPE     8
#define SIGKILL    9
#define SIGUSR1   10
#define SIGSEGV   11
#define SIGUSR2   12
#define SIGPIPE   13
#define SIGALRM   14
#define SIGTERM   15
#define SIGSTKFLT 16
#define SIGCHLD   17
#define SIGCONT   18
#define SIGSTOP   19
#define SIGTSTP   20
#define SIGTTIN   21
#define SIGTTOU   22
#define SIGURG    23
#define SIGXCPU   24
#define SIGXFSZ   25
#define SIGVTALRM 26
#define SIGPROF   27
#define SIGWINCH  28
#define SIGIO     29
#define SIGPOLL   SIGIO
#define SIGPWR    30
#define SIGSYS    31
#define _NSIG     64
#ifdef __USE_MISC
#define NSIG      _NSIG
#endif

typedef int sig_atomic_t;

#define SIG_DFL   ((void (*)(int))0)
#define SIG_IGN   ((void (*)(int))1)
#define SIG_ERR   ((void (*)(int))-1)
#ifdef __USE_XOPEN_EXTENDED
#define SIG_HOLD  ((void (*)(int))2)
#endif

typedef void (*__sighandler_t)(int);
#ifdef __USE_GNU
typedef __sighandler_t sighandler_t;
#endif
#ifdef __USE_MISC
typedef __sighandler_t sig_t;
#endif

void (*signal(int sig, void (*handler)(int)))(int);
int raise(int sig);

#ifdef __USE_POSIX
#include <sys/types.h>

#include <bits/sigset.h>

union sigval {
	int sival_int;
	void *sival_ptr;
};

typedef struct {
	int si_signo;
	int si_errno;
	int si_code;
	pid_t si_pid;
	uid_t si_uid;
	int si_status;
	void *si_addr;
	union sigval si_value;
	long __pad[10];
} siginfo_t;

/* si_code values */
#define SI_USER      0
#define SI_QUEUE     (-1)
#define SI_TIMER     (-2)
#define SI_MESGQ     (-3)
#define SI_ASYNCIO   (-4)
#define SI_SIGIO     (-5)
#define SI_TKILL     (-6)
#define SI_ASYNCNL   (-60)
#define SI_KERNEL    0x80
#define ILL_ILLOPC   1
#define ILL_ILLOPN   2
#define ILL_ILLADR   3
#define ILL_ILLTRP   4
#define ILL_PRVOPC   5
#define ILL_PRVREG   6
#define ILL_COPROC   7
#define ILL_BADSTK   8
#define FPE_INTDIV   1
#define FPE_INTOVF   2
#define FPE_FLTDIV   3
#define FPE_FLTOVF   4
#define FPE_FLTUND   5
#define FPE_FLTRES   6
#define FPE_FLTINV   7
#define FPE_FLTSUB   8
#define SEGV_MAPERR  1
#define SEGV_ACCERR  2
#define BUS_ADRALN   1
#define BUS_ADRERR   2
#define BUS_OBJERR   3
#define TRAP_BRKPT   1
#define TRAP_TRACE   2
#define CLD_EXITED    1
#define CLD_KILLED    2
#define CLD_DUMPED    3
#define CLD_TRAPPED   4
#define CLD_STOPPED   5
#define CLD_CONTINUED 6

struct sigaction {
	union {
		void (*sa_handler)(int);
		void (*sa_sigaction)(int, siginfo_t *, void *);
	};
	sigset_t sa_mask;
	int sa_flags;
};

#define SA_NOCLDSTOP 0x00000001
#define SA_NOCLDWAIT 0x00000002
#define SA_SIGINFO   0x00000004
#define SA_ONSTACK   0x08000000
#define SA_RESTART   0x10000000
#define SA_NODEFER   0x40000000
#define SA_RESETHAND 0x80000000
#ifdef __USE_MISC
#define SA_INTERRUPT 0x20000000         /* historical: does nothing */
#define SA_NOMASK    SA_NODEFER
#define SA_ONESHOT   SA_RESETHAND
#define SA_STACK     SA_ONSTACK
#endif

#define SIG_BLOCK    0
#define SIG_UNBLOCK  1
#define SIG_SETMASK  2

int sigaction(int sig, const struct sigaction *__restrict act, struct sigaction *__restrict old);
int kill(pid_t pid, int sig);
int killpg(pid_t pgrp, int sig);
int sigprocmask(int how, const sigset_t *__restrict set, sigset_t *__restrict old);
int sigpending(sigset_t *set);
int sigemptyset(sigset_t *set);
int sigfillset(sigset_t *set);
int sigaddset(sigset_t *set, int sig);
int sigdelset(sigset_t *set, int sig);
int sigismember(const sigset_t *set, int sig);
int sigsuspend(const sigset_t *set);
#ifdef __USE_GNU
int sigisemptyset(const sigset_t *set);
int sigandset(sigset_t *set, const sigset_t *left, const sigset_t *right);
int sigorset(sigset_t *set, const sigset_t *left, const sigset_t *right);
#endif
#ifdef __USE_POSIX199506
/* One thread per process: the thread's mask is the process's. */
int pthread_sigmask(int how, const sigset_t *__restrict set, sigset_t *__restrict old);
int sigwait(const sigset_t *__restrict set, int *__restrict sig);
#endif
#ifdef __USE_POSIX199309
#include <bits/timespec.h>
int sigwaitinfo(const sigset_t *__restrict set, siginfo_t *__restrict info);
int sigtimedwait(const sigset_t *__restrict set, siginfo_t *__restrict info,
		 const struct timespec *__restrict timeout);
#endif
#ifdef __USE_XOPEN2K8
void psignal(int sig, const char *s);
void psiginfo(const siginfo_t *info, const char *s);
#endif

#if defined(__USE_XOPEN_EXTENDED) || defined(__USE_XOPEN2K8)
#include <bits/stack_t.h>
#endif
#if defined(__USE_XOPEN_EXTENDED) || defined(__USE_MISC)
/* The alternate signal stack (sigaltstack, SA_ONSTACK).  A handler
 * running there also holds the libOS's frame (about 1.5 KiB). */
#define SS_ONSTACK   1
#define SS_DISABLE   2
#define MINSIGSTKSZ  2048
#define SIGSTKSZ     8192
int sigaltstack(const stack_t *__restrict ss, stack_t *__restrict old);
int siginterrupt(int sig, int flag);
#endif

#ifdef __USE_XOPEN_EXTENDED
/* The XSI (System V) interface: sigpause removes sig from the mask and
 * waits, as glibc's __xpg_sigpause does. */
int sighold(int sig);
int sigrelse(int sig);
int sigignore(int sig);
int sigpause(int sig);
void (*sigset(int sig, void (*disp)(int)))(int);
#endif

#ifdef __USE_MISC
/* BSD masks: one int, bit sig-1 for signal sig (signals 1..32 only). */
#define sigmask(sig) ((int)(1u << ((sig) - 1)))
int sigblock(int mask);
int sigsetmask(int mask);
int siggetmask(void);
#endif
#endif

#ifdef __cplusplus
}
#endif
#endif
