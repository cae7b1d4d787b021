/* exov6/env.h - kernel data that crosses the user/kernel boundary: the
 * saved register frame of an env, env statuses, module descriptions and
 * the wait-status encoding.  Shared by the kernel and user space.
 */
#ifndef EXOV6_ENV_H
#define EXOV6_ENV_H

#include <exov6/trap.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifndef __ASSEMBLER__
typedef int exov6_envid_t;

/* Registers of an env as saved on a trap; also SYS_env_set_trapframe's
 * argument.  The order matches the kernel's trap entry code. */
struct exov6_trapframe {
	unsigned long r15, r14, r13, r12, r11, r10, r9, r8;
	unsigned long rbp, rdi, rsi, rdx, rcx, rbx, rax;
	unsigned long trapno, err;
	unsigned long rip, cs, rflags, rsp, ss;
};

/* What an upcall handler finds at its %rsp: the interrupted registers
 * (tf.trapno and tf.err say which exception) and, for a page fault, the
 * address.  The handler resumes by restoring tf itself. */
struct exov6_upcall_frame {
	struct exov6_trapframe tf;
	unsigned long fault_va;
};

/* The read-only page the kernel maps at UINFO in every env. */
struct exov6_info {
	exov6_envid_t envid;
	exov6_envid_t parent;          /* 0 when the env has none */
	unsigned long tsc_hz;          /* TSC ticks per second */
	unsigned long boot_tsc;        /* TSC at boot_epoch */
	unsigned long boot_epoch;      /* wall clock at boot, seconds since 1970 (RTC, UTC) */
};

/* SYS_module_info's answer. */
#define EXOV6_MODULE_NAME_MAX 64
#define EXOV6_MODULE_CMDLINE_MAX 256
struct exov6_module_info {
	unsigned long size;                       /* bytes */
	char name[EXOV6_MODULE_NAME_MAX];         /* basename of the file */
	char cmdline[EXOV6_MODULE_CMDLINE_MAX];   /* whole module string */
};
#endif

#ifdef __ASSEMBLER__
/* Restore the general registers from a struct exov6_trapframe at %rsp,
 * leaving %rsp at its trapno field. */
.macro EXOV6_POP_GPRS
	popq %r15
	popq %r14
	popq %r13
	popq %r12
	popq %r11
	popq %r10
	popq %r9
	popq %r8
	popq %rbp
	popq %rdi
	popq %rsi
	popq %rdx
	popq %rcx
	popq %rbx
	popq %rax
.endm
#endif

/* Where the libOS's resume code parks the return address: this far below
 * the interrupted %rsp, past the 128-byte red zone. */
#define EXOV6_RESUME_SLOT 136

#ifndef __ASSEMBLER__
/* The POSIX signal a CPU exception stands for (the traditional mapping). */
static inline int exov6_trap_signal(unsigned long trapno)
{
	switch (trapno) {
	case EXOV6_T_DIVIDE: case EXOV6_T_FPERR: case EXOV6_T_SIMDERR:
		return 8;       /* SIGFPE: divide error, x87 and SIMD errors */
	case EXOV6_T_DEBUG: case EXOV6_T_BRKPT:
		return 5;       /* SIGTRAP: debug, breakpoint */
	case EXOV6_T_ILLOP:
		return 4;       /* SIGILL: invalid opcode */
	case EXOV6_T_ALIGN:
		return 7;       /* SIGBUS: alignment check */
	default:
		return 11;      /* SIGSEGV: page faults, protection, the rest */
	}
}
#endif

/* Env statuses settable with SYS_env_set_status. */
#define ENV_RUNNABLE      1
#define ENV_NOT_RUNNABLE  2

/* Wait statuses use the traditional Unix layout: an env that called
 * SYS_env_exit(code) ends with (code & 0xff) << 8; one killed by a fault
 * ends with the POSIX signal number of the fault (SIGSEGV 11, SIGILL 4,
 * SIGFPE 8, SIGBUS 7, SIGTRAP 5) in the low seven bits. */
#define EXOV6_W_EXITED(code)   (((code) & 0xff) << 8)
#define EXOV6_W_SIGNALED(sig)  ((sig) & 0x7f)
/* A stopped child (reported with EXOV6_WAIT_UNTRACED) and a continued one
 * (EXOV6_WAIT_CONTINUED), as Linux encodes them. */
#define EXOV6_W_STOPPED(sig)   ((((sig) & 0xff) << 8) | 0x7f)
#define EXOV6_W_CONTINUED      0xffff

/* The signals the kernel raises or acts on itself; the numbers are
 * Linux's and <signal.h>'s.  SIGKILL ends an env, SIGSTOP stops it and
 * SIGCONT continues it whatever its handlers; SIGCHLD goes to a parent
 * when a child ends, stops or continues; the console raises SIGINT,
 * SIGQUIT and SIGTSTP from its control characters, SIGWINCH when its
 * size changes, and SIGHUP (with SIGCONT) when its session leader ends. */
#define EXOV6_SIGHUP   1
#define EXOV6_SIGINT   2
#define EXOV6_SIGQUIT  3
#define EXOV6_SIGKILL  9
#define EXOV6_SIGCHLD  17
#define EXOV6_SIGCONT  18
#define EXOV6_SIGSTOP  19
#define EXOV6_SIGTSTP  20
#define EXOV6_SIGTTIN  21
#define EXOV6_SIGTTOU  22
#define EXOV6_SIGALRM  14
#define EXOV6_SIGVTALRM 26
#define EXOV6_SIGPROF  27
#define EXOV6_SIGWINCH 28

#ifndef __ASSEMBLER__
/* SYS_env_itimer's timers and their setting: nanoseconds to the next
 * expiry (0: disarmed) and the reload after it (0: once). */
#define EXOV6_ITIMER_REAL    0  /* real time: SIGALRM */
#define EXOV6_ITIMER_VIRTUAL 1  /* the env's user-mode time: SIGVTALRM */
#define EXOV6_ITIMER_PROF    2  /* the env's running time: SIGPROF */
struct exov6_itimer {
	unsigned long value, interval;
};
#endif

/* An upcall frame that carries a signal (trapno EXOV6_T_SIGNAL, err the
 * signal) says in fault_va who sent it and why: the sender's env id in
 * the low 32 bits (0: the kernel) and a si_code in the high 32 bits
 * (0, SI_USER, for kill; the CLD_* codes for SIGCHLD). */
#define EXOV6_SIGINFO(code, from) (((unsigned long)(code) << 32) | (unsigned int)(from))
#define EXOV6_SIGINFO_CODE(v)     ((int)((v) >> 32))
#define EXOV6_SIGINFO_FROM(v)     ((exov6_envid_t)(unsigned int)(v))
#define EXOV6_CLD_EXITED    1
#define EXOV6_CLD_KILLED    2
#define EXOV6_CLD_DUMPED    3
#define EXOV6_CLD_STOPPED   5
#define EXOV6_CLD_CONTINUED 6

#ifdef __cplusplus
}
#endif
#endif
