/* exov6/ipc.h - synchronous IPC: a message is three words in registers and
 * optionally one page, granted with at most the sender's rights and mapped
 * at the receiver's window (SYS_ipc_window).
 *
 * A receive (recv, call's reply, reply_recv) answers in registers: %rax 0
 * or -errno, %rdi the sender's id, %rsi/%rdx/%r10 the three words, %r8 the
 * rights of the granted page (0: none), %r9 1 when the sender waits for a
 * reply (it used call).
 *
 * A caller waits for its reply from the callee alone; the callee answers
 * with reply_recv, or with a plain send.
 *
 * The calls are the IPCn entries of the list in exov6/syscall.h (their
 * numbers SYS_ipc_* and argument types); their answers need the wrappers
 * here instead of the list's exov6_sys_ ones.
 */
#ifndef EXOV6_IPC_H
#define EXOV6_IPC_H

#include <exov6/env.h>
#include <exov6/syscall.h>

#ifdef __cplusplus
extern "C" {
#endif

struct exov6_msg {
	long error;                 /* 0 or -errno */
	exov6_envid_t from;
	unsigned long w[3];
	unsigned long perm;         /* rights of the page at the window, 0: none */
	int wants_reply;
};

/* The common trap: every IPC call takes the same six arguments and gives
 * the same answer (send's answer has only `error`). */
static inline struct exov6_msg
exov6_ipc(long n, long a1, unsigned long w0, unsigned long w1, unsigned long w2,
	  const void *srcva, unsigned long perm)
{
	struct exov6_msg m;
	register unsigned long r10 __asm__("r10") = w2;
	register unsigned long r8 __asm__("r8") = (unsigned long)srcva;
	register unsigned long r9 __asm__("r9") = perm;
	long rdi = a1;
	unsigned long rsi = w0, rdx = w1;
	__asm__ volatile("syscall"
			 : "+a"(n), "+D"(rdi), "+S"(rsi), "+d"(rdx), "+r"(r10), "+r"(r8), "+r"(r9)
			 :
			 : "rcx", "r11", "memory");
	m.error = n;
	m.from = (exov6_envid_t)rdi;
	m.w[0] = rsi;
	m.w[1] = rdx;
	m.w[2] = r10;
	m.perm = r8;
	m.wants_reply = (int)r9;
	return m;
}

static inline long exov6_ipc_send(exov6_envid_t to, unsigned long w0, unsigned long w1,
				  unsigned long w2, const void *page, unsigned long perm)
{
	return exov6_ipc(SYS_ipc_send, to, w0, w1, w2, page, perm).error;
}

static inline struct exov6_msg exov6_ipc_recv(exov6_envid_t from)
{
	return exov6_ipc(SYS_ipc_recv, from, 0, 0, 0, 0, 0);
}

static inline struct exov6_msg exov6_ipc_call(exov6_envid_t to, unsigned long w0,
					      unsigned long w1, unsigned long w2,
					      const void *page, unsigned long perm)
{
	return exov6_ipc(SYS_ipc_call, to, w0, w1, w2, page, perm);
}

static inline struct exov6_msg exov6_ipc_reply_recv(exov6_envid_t to, unsigned long w0,
						    unsigned long w1, unsigned long w2,
						    const void *page, unsigned long perm)
{
	return exov6_ipc(SYS_ipc_reply_recv, to, w0, w1, w2, page, perm);
}

#ifdef __cplusplus
}
#endif
#endif
