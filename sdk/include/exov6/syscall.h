/* exov6/syscall.h - the kernel's system call ABI in one place: the list of
 * every call (EXOV6_SYSCALLS, below) and what comes from it: the numbers
 * SYS_<name> and SYS_COUNT, a typed inline wrapper exov6_sys_<name>() per
 * call, and the kernel's dispatch table (kernel/syscall.c).
 *
 * A system call is the `syscall` instruction with the number in %rax and up
 * to six arguments in %rdi, %rsi, %rdx, %r10, %r8, %r9.  The result comes
 * back in %rax: a value >= 0 on success, or -E... (exov6/errno.h) on
 * failure.  %rcx and %r11 are clobbered; every other register is kept.
 * exov6_syscall6() is that raw trap (and exov6_syscall0..5 its shorter
 * forms), for code that must pass arbitrary numbers.
 * This header is shared by the kernel and user space and needs no libc.
 */
#ifndef EXOV6_SYSCALL_H
#define EXOV6_SYSCALL_H

#include <exov6/env.h>

#ifdef __cplusplus
extern "C" {
#endif

/* SYS_env_wait's options. */
#define EXOV6_WAIT_NOHANG    1  /* return 0 at once when no child has news */
#define EXOV6_WAIT_UNTRACED  2  /* report children that stopped */
#define EXOV6_WAIT_CONTINUED 4  /* report children that continued */
#define EXOV6_WAIT_NOWAIT    8  /* report, but leave the news to a later wait */
#define EXOV6_WAIT_NOEXITED 16  /* do not report children that ended */

/* SYS_env_grant's rights.  The first program holds them all, only to pass
 * on; a driver or server env gets them from it. */
#define EXOV6_RIGHT_IO     1      /* I/O ports (the env runs with IOPL 3) */
#define EXOV6_RIGHT_MMIO   2      /* SYS_mmio_map */
#define EXOV6_RIGHT_IRQ    4      /* SYS_irq_wait */
#define EXOV6_RIGHT_SERVER 8      /* a system server: only itself and its
				   * parent may signal it */

/* SYS_console_read's flags: -EAGAIN instead of blocking. */
#define EXOV6_CONSOLE_NONBLOCK 1

/* Page permissions for SYS_page_alloc / SYS_page_map / SYS_mmio_map (x86
 * PTE bits).  A mapping may get more rights (write, execute) than its
 * source only when the frame is mapped nowhere else: nobody else can see
 * the difference.  EXOV6_PTE_COW and EXOV6_PTE_SHARE are kept for the
 * libOS and mean nothing to the kernel. */
#define EXOV6_PTE_P     0x001
#define EXOV6_PTE_W     0x002
#define EXOV6_PTE_U     0x004
#define EXOV6_PTE_COW   0x200
#define EXOV6_PTE_SHARE 0x400
/* Not executable: stored in the PTE's top bit by the kernel. */
#define EXOV6_PTE_NX    0x8000000000000000ull
/* Every bit a system call accepts in perm. */
#define EXOV6_PTE_SYSCALL (EXOV6_PTE_P | EXOV6_PTE_W | EXOV6_PTE_U | \
			   EXOV6_PTE_COW | EXOV6_PTE_SHARE | EXOV6_PTE_NX)

#ifndef __ASSEMBLER__
/* SYS_env_set_upcall's entry point. */
typedef void (*exov6_upcall_entry_t)(void);

/* The list of system calls.  Each entry is
 *
 *     SYSn(name, number, return type, type1, arg1, ..., typen, argn)
 *
 * for a call of n arguments, given in register order; the argument names
 * are documentation (the doc comments use them), only the types count.
 * IPCn entries have the same shape: they are the IPC calls, which answer
 * in several registers, so exov6/ipc.h has their wrappers.  Numbers are
 * dense from 0 and never reused.  A user of the list passes a macro for
 * each shape: EXOV6_SYSCALLS(SYS0, SYS1, SYS2, SYS3, SYS4, SYS5, IPC1,
 * IPC6) expands to one invocation per call.
 */
#define EXOV6_SYSCALLS(SYS0, SYS1, SYS2, SYS3, SYS4, SYS5, IPC1, IPC6)       \
/* Console: write len bytes at buf to the console (COM1).  Returns len. */   \
SYS2(cputs,             0, long, const char *, buf, unsigned long, len)      \
/* End the calling env with wait status `status` (see exov6/env.h).          \
 * Does not return. */                                                       \
SYS1(env_exit,          1, long, int, status)                                \
/* The calling env's id. */                                                  \
SYS0(getenvid,          2, exov6_envid_t)                                    \
/* Give up the CPU to the next runnable env. */                              \
SYS0(yield,             3, long)                                             \
/* Create a child env with an empty address space and a copy of the          \
 * caller's registers (its %rax reads 0); it is not runnable.  Returns the   \
 * child's id in the parent. */                                              \
SYS0(exofork,           4, exov6_envid_t)                                    \
/* Set env's status to ENV_RUNNABLE or ENV_NOT_RUNNABLE. */                  \
SYS2(env_set_status,    5, long, exov6_envid_t, env, int, status)            \
/* Replace env's registers with *tf (segments, IOPL and IF are forced). */   \
SYS2(env_set_trapframe, 6, long, exov6_envid_t, env,                         \
     const struct exov6_trapframe *, tf)                                     \
/* Destroy env (self or a child); its children are reparented. */            \
SYS1(env_destroy,       7, long, exov6_envid_t, env)                         \
/* Wait until child env (or any child if env == 0) has ended; store its      \
 * wait status at *status (may be NULL), reap it and return its id.          \
 * options may hold EXOV6_WAIT_NOHANG: return 0 at once when no child        \
 * has ended yet. */                                                         \
SYS3(env_wait,          8, exov6_envid_t, exov6_envid_t, env, int *, status, \
     int, options)                                                           \
/* Allocate a zeroed page at va in env with perm (EXOV6_PTE_U implied). */   \
SYS3(page_alloc,        9, long, exov6_envid_t, env, unsigned long, va,      \
     unsigned long, perm)                                                    \
/* Map srcenv's page at srcva into dstenv at dstva with perm (no more        \
 * rights than the source mapping has). */                                   \
SYS5(page_map,         10, long, exov6_envid_t, srcenv,                      \
     unsigned long, srcva, exov6_envid_t, dstenv, unsigned long, dstva,      \
     unsigned long, perm)                                                    \
/* Unmap the page at va in env (no error if nothing is mapped). */           \
SYS2(page_unmap,       11, long, exov6_envid_t, env, unsigned long, va)      \
/* Fill *info for Multiboot module `index`; -ENOENT past the last one. */    \
SYS2(module_info,      12, long, unsigned long, index,                       \
     struct exov6_module_info *, info)                                       \
/* Map module `index` read-only at va (page aligned) in the caller. */       \
SYS2(module_map,       13, long, unsigned long, index, unsigned long, va)    \
/* Copy the kernel command line (NUL terminated) into buf[0..size);          \
 * returns its length without the NUL. */                                    \
SYS2(kernel_cmdline,   14, long, char *, buf, unsigned long, size)           \
/* Set the name (at most 31 bytes) kernel diagnostics give env (self or a    \
 * child). */                                                                \
SYS2(env_set_name,     15, long, exov6_envid_t, env, const char *, name)     \
/* Exceptions of env (self or child) go to user code: `entry` is called on   \
 * the exception stack [xstack_lo, xstack_hi) with a struct                  \
 * exov6_upcall_frame (exov6/env.h) at %rsp and in %rdi.  entry 0 turns      \
 * upcalls off (faults then kill). */                                        \
SYS4(env_set_upcall,   16, long, exov6_envid_t, env,                         \
     exov6_upcall_entry_t, entry, unsigned long, xstack_lo,                  \
     unsigned long, xstack_hi)                                               \
/* IPC: send(to, w0, w1, w2, srcva, perm): block until `to` receives. */     \
IPC6(ipc_send,         17, long, exov6_envid_t, to, unsigned long, w0,       \
     unsigned long, w1, unsigned long, w2, const void *, srcva,              \
     unsigned long, perm)                                                    \
/* IPC: recv(from): block until a message arrives (from `from`, 0:           \
 * anyone). */                                                               \
IPC1(ipc_recv,         18, struct exov6_msg, exov6_envid_t, from)            \
/* IPC: call(to, w0, w1, w2, srcva, perm): send, then wait for `to`'s        \
 * reply. */                                                                 \
IPC6(ipc_call,         19, struct exov6_msg, exov6_envid_t, to,              \
     unsigned long, w0, unsigned long, w1, unsigned long, w2,                \
     const void *, srcva, unsigned long, perm)                               \
/* IPC: reply_recv(to, w0, w1, w2, srcva, perm): answer caller `to` (0: no   \
 * one), then receive the next message from anyone. */                       \
IPC6(ipc_reply_recv,   20, struct exov6_msg, exov6_envid_t, to,              \
     unsigned long, w0, unsigned long, w1, unsigned long, w2,                \
     const void *, srcva, unsigned long, perm)                               \
/* Where a page granted to the caller is mapped (0: refuse pages). */        \
SYS1(ipc_window,       21, long, unsigned long, va)                          \
/* Free physical pages, for tests and memory accounting. */                  \
SYS0(mem_free_pages,   22, long)                                             \
/* The caller takes over stopped child `child`'s address space and           \
 * registers (exec keeping the caller's id); the child disappears and the    \
 * caller's old address space is freed.  No return on success. */            \
SYS1(env_replace,      23, long, exov6_envid_t, child)                       \
/* Block for at least ns nanoseconds by the TSC (woken at the first timer    \
 * tick after that).  0, or -EINTR when a signal arrived first. */           \
SYS1(sleep,            24, long, unsigned long, ns)                          \
/* Post signal sig (1..63; 0 only checks) to env under the permission      \
 * rule: anyone, except that a system server hears only itself and its      \
 * parent (-EPERM).  SIGKILL ends the env at once, SIGSTOP stops it,         \
 * SIGCONT continues it (and is then posted like any other).  Others        \
 * interrupt a blocked system call (-EINTR) and reach the env's upcall      \
 * handler as trapno EXOV6_T_SIGNAL, err = sig, fault_va = EXOV6_SIGINFO;   \
 * an env with no handler ends with the signal's status. */                 \
SYS2(env_signal,       25, long, exov6_envid_t, env, int, sig)               \
/* The physical address of the caller's page at va (for drivers' DMA). */    \
SYS1(page_phys,        26, long, unsigned long, va)                          \
/* Pass rights (EXOV6_RIGHT_* bits the caller may pass on) to a child.       \
 * The first program holds them all, only to pass on; a driver or server     \
 * env gets them from it. */                                                 \
SYS2(env_grant,        27, long, exov6_envid_t, child,                       \
     unsigned long, rights)                                                  \
/* Map device memory: the frame at physical address pa (page aligned,        \
 * never RAM) at va in the caller, uncached, with perm.  Needs               \
 * EXOV6_RIGHT_MMIO. */                                                      \
SYS3(mmio_map,         28, long, unsigned long, va, unsigned long, pa,       \
     unsigned long, perm)                                                    \
/* Wait for interrupt line irq (1..15 but 2 and 4, which the kernel          \
 * uses).  The line is masked when it fires and unmasked by the next wait,   \
 * so a driver acknowledges its device between two waits.  The first env     \
 * to wait on a line owns it until it ends (-EBUSY for others).  0, or       \
 * -EINTR when a signal arrived first.  Needs EXOV6_RIGHT_IRQ. */            \
SYS1(irq_wait,         29, long, int, irq)                                   \
/* Futexes are keyed by the physical address of the 32-bit word at addr,     \
 * so envs sharing a page meet there.  Wait: block while *addr == val        \
 * (else -EAGAIN) until woken (0), timeout_ns passes (-ETIMEDOUT; 0 means    \
 * no timeout) or a signal arrives (-EINTR). */                              \
SYS3(futex_wait,       30, long, const volatile unsigned int *, addr,        \
     unsigned int, val, unsigned long, timeout_ns)                           \
/* Wake at most n waiters on the word at addr; returns how many. */          \
SYS2(futex_wake,       31, long, const volatile unsigned int *, addr,        \
     unsigned long, n)                                                       \
/* Read console (COM1) input through the terminal's line discipline      \
 * (exov6/tty.h): a line in canonical mode, else as VMIN/VTIME say; 0 at    \
 * end of file (VEOF).  EXOV6_CONSOLE_NONBLOCK: -EAGAIN instead of          \
 * blocking.  Background groups are the libOS's to stop (SIGTTIN). */       \
SYS3(console_read,     32, long, char *, buf, unsigned long, len,            \
     unsigned long, flags)                                                   \
/* The parent of env (0: the caller): the env that created it, or the        \
 * first program once it was adopted; 0 when it has none; -ESRCH when no     \
 * such env is alive.  Servers check claims of parentage with it. */         \
SYS1(env_parent,       33, exov6_envid_t, exov6_envid_t, env)              \
/* The console's terminal requests (exov6/tty.h): settings, foreground      \
 * group, controlling session, window size. */                              \
SYS2(console_ctl,      34, long, unsigned long, request,                     \
     unsigned long, arg)                                                     \
/* Put env (0: the caller; else a child) in process group pgid (0: its     \
 * own id); POSIX setpgid's rules and errors. */                             \
SYS2(env_setpgid,      35, long, exov6_envid_t, env, exov6_envid_t, pgid)    \
/* The caller leads a new session and group; -EPERM if it leads a group.    \
 * Returns the session id. */                                                \
SYS0(env_setsid,       36, exov6_envid_t)                                    \
/* The process group and the session of env (0: the caller); -ESRCH. */     \
SYS1(env_getpgid,      37, exov6_envid_t, exov6_envid_t, env)                \
SYS1(env_getsid,       38, exov6_envid_t, exov6_envid_t, env)                \
/* Post sig to every env of group pgid (0: the caller's; -1: every env     \
 * but the caller and the first program) that the caller may signal;       \
 * -ESRCH if the group is empty, -EPERM if none may be signalled. */         \
SYS2(env_signal_group, 39, long, exov6_envid_t, pgid, int, sig)              \
/* The caller stops, reporting sig to its parent (SIGCHLD, WUNTRACED      \
 * waits), until a SIGCONT: the default action of SIGTSTP, SIGTTIN and    \
 * SIGTTOU. */                                                               \
SYS1(env_stop,         40, long, int, sig)                                  \
/* Interval timer which (EXOV6_ITIMER_*): store its setting at *old        \
 * unless old is 0, then set it from *set unless set is 0 (nanoseconds). */ \
SYS3(env_itimer,       41, long, int, which, const struct exov6_itimer *, set, \
     struct exov6_itimer *, old)

/* The numbers: SYS_<name>, and SYS_COUNT, one past the last. */
#define EXOV6__SYS_NUMBER(name, number, ...) SYS_##name = number,
#define EXOV6__SYS_ONE(name, number, ...) + 1
enum {
	EXOV6_SYSCALLS(EXOV6__SYS_NUMBER, EXOV6__SYS_NUMBER, EXOV6__SYS_NUMBER,
		       EXOV6__SYS_NUMBER, EXOV6__SYS_NUMBER, EXOV6__SYS_NUMBER,
		       EXOV6__SYS_NUMBER, EXOV6__SYS_NUMBER)
	SYS_COUNT = 0 EXOV6_SYSCALLS(EXOV6__SYS_ONE, EXOV6__SYS_ONE, EXOV6__SYS_ONE,
				     EXOV6__SYS_ONE, EXOV6__SYS_ONE, EXOV6__SYS_ONE,
				     EXOV6__SYS_ONE, EXOV6__SYS_ONE)
};

/* The raw trap: number n, six argument registers. */
static inline long
exov6_syscall6(long n, long a1, long a2, long a3, long a4, long a5, long a6)
{
	long ret;
	register long r10 __asm__("r10") = a4;
	register long r8 __asm__("r8") = a5;
	register long r9 __asm__("r9") = a6;
	__asm__ volatile("syscall"
			 : "=a"(ret)
			 : "a"(n), "D"(a1), "S"(a2), "d"(a3), "r"(r10), "r"(r8), "r"(r9)
			 : "rcx", "r11", "memory");
	return ret;
}

#define exov6_syscall0(n) exov6_syscall6((n), 0, 0, 0, 0, 0, 0)
#define exov6_syscall1(n, a) exov6_syscall6((n), (long)(a), 0, 0, 0, 0, 0)
#define exov6_syscall2(n, a, b) \
	exov6_syscall6((n), (long)(a), (long)(b), 0, 0, 0, 0)
#define exov6_syscall3(n, a, b, c) \
	exov6_syscall6((n), (long)(a), (long)(b), (long)(c), 0, 0, 0)
#define exov6_syscall4(n, a, b, c, d) \
	exov6_syscall6((n), (long)(a), (long)(b), (long)(c), (long)(d), 0, 0)
#define exov6_syscall5(n, a, b, c, d, e) \
	exov6_syscall6((n), (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), 0)

/* The typed wrappers: ret exov6_sys_<name>(type1, ...) for every SYSn
 * entry, e.g. long exov6_sys_page_alloc(exov6_envid_t env, unsigned long
 * va, unsigned long perm). */
#define EXOV6__SYS_WRAP0(name, number, ret)					\
	static inline ret exov6_sys_##name(void)				\
	{ return (ret)exov6_syscall6(SYS_##name, 0, 0, 0, 0, 0, 0); }
#define EXOV6__SYS_WRAP1(name, number, ret, t1, n1)				\
	static inline ret exov6_sys_##name(t1 exov6__a1)			\
	{ return (ret)exov6_syscall6(SYS_##name, (long)exov6__a1, 0, 0, 0, 0, 0); }
#define EXOV6__SYS_WRAP2(name, number, ret, t1, n1, t2, n2)			\
	static inline ret exov6_sys_##name(t1 exov6__a1, t2 exov6__a2)		\
	{ return (ret)exov6_syscall6(SYS_##name, (long)exov6__a1, (long)exov6__a2, \
				     0, 0, 0, 0); }
#define EXOV6__SYS_WRAP3(name, number, ret, t1, n1, t2, n2, t3, n3)		\
	static inline ret exov6_sys_##name(t1 exov6__a1, t2 exov6__a2,		\
					   t3 exov6__a3)			\
	{ return (ret)exov6_syscall6(SYS_##name, (long)exov6__a1, (long)exov6__a2, \
				     (long)exov6__a3, 0, 0, 0); }
#define EXOV6__SYS_WRAP4(name, number, ret, t1, n1, t2, n2, t3, n3, t4, n4)	\
	static inline ret exov6_sys_##name(t1 exov6__a1, t2 exov6__a2,		\
					   t3 exov6__a3, t4 exov6__a4)		\
	{ return (ret)exov6_syscall6(SYS_##name, (long)exov6__a1, (long)exov6__a2, \
				     (long)exov6__a3, (long)exov6__a4, 0, 0); }
#define EXOV6__SYS_WRAP5(name, number, ret, t1, n1, t2, n2, t3, n3, t4, n4,	\
			 t5, n5)						\
	static inline ret exov6_sys_##name(t1 exov6__a1, t2 exov6__a2,		\
					   t3 exov6__a3, t4 exov6__a4,		\
					   t5 exov6__a5)			\
	{ return (ret)exov6_syscall6(SYS_##name, (long)exov6__a1, (long)exov6__a2, \
				     (long)exov6__a3, (long)exov6__a4,		\
				     (long)exov6__a5, 0); }
#define EXOV6__SYS_NONE(...)
EXOV6_SYSCALLS(EXOV6__SYS_WRAP0, EXOV6__SYS_WRAP1, EXOV6__SYS_WRAP2,
	       EXOV6__SYS_WRAP3, EXOV6__SYS_WRAP4, EXOV6__SYS_WRAP5,
	       EXOV6__SYS_NONE, EXOV6__SYS_NONE)
#endif

#ifdef __cplusplus
}
#endif
#endif
