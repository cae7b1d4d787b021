/* sys/ucontext.h - the machine context a SA_SIGINFO handler receives (the
 * register indices are the usual x86-64 ones; TCC reads REG_RIP and
 * REG_RBP). */
#ifndef _SYS_UCONTEXT_H
#define _SYS_UCONTEXT_H

#include <bits/sigset.h>
#include <bits/stack_t.h>
#include <signal.h>
#include <stddef.h>

enum {
	REG_R8 = 0, REG_R9, REG_R10, REG_R11, REG_R12, REG_R13, REG_R14, REG_R15,
	REG_RDI, REG_RSI, REG_RBP, REG_RBX, REG_RDX, REG_RAX, REG_RCX, REG_RSP,
	REG_RIP, REG_EFL, REG_CSGSFS, REG_ERR, REG_TRAPNO, REG_OLDMASK, REG_CR2,
};
#define NGREG 23

typedef long long greg_t;
typedef greg_t gregset_t[NGREG];

typedef struct {
	gregset_t gregs;
	void *fpregs;                   /* not provided: NULL */
	unsigned long long __reserved[8];
} mcontext_t;


typedef struct ucontext {
	unsigned long uc_flags;
	struct ucontext *uc_link;
	stack_t uc_stack;
	mcontext_t uc_mcontext;
	sigset_t uc_sigmask;
} ucontext_t;

#endif
