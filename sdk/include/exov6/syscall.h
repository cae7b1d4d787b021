/* exov6/syscall.h - the kernel's system call ABI: numbers, argument
 * conventions and the inline trap used by liblibos.
 *
 * A system call is the `syscall` instruction with the number in %rax and up
 * to six arguments in %rdi, %rsi, %rdx, %r10, %r8, %r9.  The result comes
 * back in %rax: a value >= 0 on success, or -E... (exov6/errno.h) on
 * failure.  %rcx and %r11 are clobbered; every other register is kept.
 * This header is shared by the kernel and user space and needs no libc.
 */
#ifndef EXOV6_SYSCALL_H
#define EXOV6_SYSCALL_H

#ifdef __cplusplus
extern "C" {
#endif

/* Console: write len bytes at buf to the console (COM1).  Returns len. */
#define SYS_cputs            0
/* End the calling env with a wait status (see exov6/env.h).  No return. */
#define SYS_env_exit         1
/* The calling env's id. */
#define SYS_getenvid         2
/* Give up the CPU to the next runnable env. */
#define SYS_yield            3
/* Create a child env with an empty address space and a copy of the
 * caller's registers (its %rax reads 0); it is not runnable.  Returns the
 * child's id in the parent. */
#define SYS_exofork          4
/* Set env's status to ENV_RUNNABLE or ENV_NOT_RUNNABLE. */
#define SYS_env_set_status   5
/* Replace env's registers with *tf (segments, IOPL and IF are forced). */
#define SYS_env_set_trapframe 6
/* Destroy env (self or a child); its children are reparented. */
#define SYS_env_destroy      7
/* Wait until child `envid` (or any child if envid == 0) has ended; store its
 * wait status at *status (may be NULL), reap it and return its id.  The
 * third argument, options, may hold EXOV6_WAIT_NOHANG: return 0 at once
 * when no child has ended yet. */
#define EXOV6_WAIT_NOHANG 1
#define SYS_env_wait         8
/* Allocate a zeroed page at va in env with perm (PTE_U implied). */
#define SYS_page_alloc       9
/* Map srcenv's page at srcva into dstenv at dstva with perm (no more rights
 * than the source mapping has). */
#define SYS_page_map        10
/* Unmap the page at va in env (no error if nothing is mapped). */
#define SYS_page_unmap      11
/* Fill *info for Multiboot module `index`; -ENOENT past the last one. */
#define SYS_module_info     12
/* Map module `index` read-only at va (page aligned) in the caller. */
#define SYS_module_map      13
/* Copy the kernel command line (NUL terminated) into buf[0..size);
 * returns its length without the NUL. */
#define SYS_kernel_cmdline  14
/* Set the name (at most 31 bytes) kernel diagnostics give env (self or a
 * child). */
#define SYS_env_set_name    15
/* Exceptions of env (self or child) go to user code: `entry` is called on
 * the exception stack [xstack_lo, xstack_hi) with a struct
 * exov6_upcall_frame (exov6/env.h) at %rsp and in %rdi.  entry 0 turns
 * upcalls off (faults then kill). */
#define SYS_env_set_upcall  16
/* IPC (see exov6/ipc.h for the register conventions of the answers).
 * send(to, w0, w1, w2, srcva, perm): block until `to` receives. */
#define SYS_ipc_send        17
/* recv(from): block until a message arrives (from `from`, 0: anyone). */
#define SYS_ipc_recv        18
/* call(to, w0, w1, w2, srcva, perm): send, then wait for `to`'s reply. */
#define SYS_ipc_call        19
/* reply_recv(to, w0, w1, w2, srcva, perm): answer caller `to` (0: no one),
 * then receive the next message from anyone. */
#define SYS_ipc_reply_recv  20
/* Where a page granted to the caller is mapped (0: refuse pages). */
#define SYS_ipc_window      21
/* Free physical pages, for tests and memory accounting. */
#define SYS_mem_free_pages  22
/* The caller takes over stopped child `envid`'s address space and
 * registers (exec keeping the caller's id); the child disappears and the
 * caller's old address space is freed.  No return on success. */
#define SYS_env_replace     23
/* Block for at least ns nanoseconds by the TSC (woken at the first timer
 * tick after that).  0, or
 * -EINTR when a signal arrived first. */
#define SYS_sleep           24
/* Post signal sig (1..63) to env (any live env; 0 only checks it exists).
 * The kernel interprets one signal, 9: the env ends at once with that
 * status.  Others interrupt a blocked system call (-EINTR) and reach the
 * env's upcall handler as trapno EXOV6_T_SIGNAL, err = sig; an env with
 * no handler ends with the signal's status. */
#define SYS_env_signal      25
/* The physical address of the caller's page at va (for drivers' DMA). */
#define SYS_page_phys       26

/* Pass rights (EXOV6_RIGHT_* bits the caller may pass on) to a child.
 * The first program holds them all, only to pass on; a driver or server
 * env gets them from it. */
#define EXOV6_RIGHT_IO     1      /* I/O ports (the env runs with IOPL 3) */
#define EXOV6_RIGHT_MMIO   2      /* SYS_mmio_map */
#define EXOV6_RIGHT_IRQ    4      /* SYS_irq_wait */
#define EXOV6_RIGHT_SERVER 8      /* a system server: only itself and its
				   * parent may signal it */
#define SYS_env_grant       27
/* Map device memory: the frame at physical address pa (page aligned, never
 * RAM) at va in the caller, uncached, with perm.  Needs EXOV6_RIGHT_MMIO. */
#define SYS_mmio_map        28
/* Wait for interrupt line irq (1..15 but 2 and 4, which the kernel uses).
 * The line is masked when it fires and unmasked by the next wait, so a
 * driver acknowledges its device between two waits.  The first env to
 * wait on a line owns it until it ends (-EBUSY for others).  0, or
 * -EINTR when a signal arrived first.  Needs EXOV6_RIGHT_IRQ. */
#define SYS_irq_wait        29
/* Futexes, keyed by the physical address of the 32-bit word at addr, so
 * envs sharing a page meet there.  wait(addr, val, timeout_ns): block
 * while *addr == val (else -EAGAIN) until woken (0), the timeout passes
 * (-ETIMEDOUT; 0 means none) or a signal arrives (-EINTR).
 * wake(addr, n): wake at most n waiters; returns how many. */
#define SYS_futex_wait      30
#define SYS_futex_wake      31
/* Read console (COM1) input: at least one byte and at most len into buf,
 * blocking while there is none unless flags has EXOV6_CONSOLE_NONBLOCK
 * (then -EAGAIN).  Bytes arrive raw: line editing is the libOS's. */
#define EXOV6_CONSOLE_NONBLOCK 1
#define SYS_console_read    32
/* The parent of env `envid` (0: the caller): the env that created it, or
 * the first program once it was adopted; 0 when it has none; -ESRCH when
 * no such env is alive.  Servers check claims of parentage with it. */
#define SYS_env_parent      33

#define SYS_COUNT           34

/* Page permissions for SYS_page_alloc / SYS_page_map (x86 PTE bits).
 * A mapping may get more rights (write, execute) than its source only when
 * the frame is mapped nowhere else: nobody else can see the difference.
 * PTE_COW and PTE_SHARE are kept for the libOS and mean nothing to the
 * kernel. */
#define PTE_P     0x001
#define PTE_W     0x002
#define PTE_U     0x004
#define PTE_COW   0x200
#define PTE_SHARE 0x400
/* Not executable: stored in the PTE's top bit by the kernel. */
#define PTE_NX    0x8000000000000000ull
#define PTE_SYSCALL (PTE_P | PTE_W | PTE_U | PTE_COW | PTE_SHARE | PTE_NX)

#ifndef __ASSEMBLER__
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
#endif

#ifdef __cplusplus
}
#endif
#endif
