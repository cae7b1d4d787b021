/* env.h - envs: the kernel's processes.  An env is an address space, a
 * saved register frame, what it is blocked on and the bookkeeping for its
 * parent to wait on it.  Lifetime (exit, wait, exec) is in lifetime.h,
 * signals in signal.h, blocking in block.h. */
#ifndef KERNEL_ENV_H
#define KERNEL_ENV_H

#include <stdint.h>
#include <exov6/env.h>

#define NENV 1024
#define ENV_NAME_MAX 32

enum env_state {
	ENV_FREE = 0,
	ENV_READY,        /* runnable */
	ENV_STOPPED,      /* not runnable (new child, or stopped by parent) */
	ENV_ZOMBIE,       /* ended, wait status kept for the parent */
};

/* Why a ready env cannot run yet: one reason, its arguments and one
 * deadline, set and cleared only through block.h. */
enum block_why {
	BLOCK_NONE = 0,
	BLOCK_WAIT,       /* in SYS_env_wait: wait.child (0: any), wait.status_va */
	BLOCK_RECV,       /* receiving from ipc.peer (0: anyone) */
	BLOCK_SEND,       /* queued on ipc.peer's send queue with a message */
	BLOCK_REPLY,      /* called ipc.peer, waiting for the reply */
	BLOCK_SLEEP,      /* until the deadline */
	BLOCK_IRQ,        /* in SYS_irq_wait for line irq */
	BLOCK_FUTEX,      /* on the futex at futex_pa (until the deadline if set) */
	BLOCK_CONSOLE,    /* in SYS_console_read: buffer console.va, console.len */
};

struct block {
	enum block_why why;
	uint64_t deadline;              /* TSC value that ends the wait, 0: none */
	union {
		struct {
			exov6_envid_t child;    /* > 0 that one, 0 any, < 0 group -child */
			uint64_t status_va;     /* 0: the status goes nowhere */
			uint64_t options;       /* EXOV6_WAIT_* */
		} wait;
		struct {
			exov6_envid_t peer;
			int is_call;            /* BLOCK_SEND: a call, not a plain send */
			uint64_t w[3], srcva, perm;
		} ipc;
		int irq;
		uint64_t futex_pa;
		struct {
			uint64_t va, len;
		} console;
	};
};

struct env {
	struct exov6_trapframe tf;
	uint8_t fpu[512] __attribute__((aligned(16)));  /* FXSAVE area */
	exov6_envid_t id;
	exov6_envid_t parent;           /* 0: none */
	exov6_envid_t pgid, sid;        /* process group and session */
	enum env_state state;
	struct block block;
	int stop_sig;                   /* stopped by this signal; 0: not stopped */
	int stop_unreported;            /* its stop not yet told to a wait */
	int cont_unreported;            /* it continued, not yet told to a wait */
	int has_exec;                   /* replaced its image (setpgid: EACCES) */
	int status;                     /* wait status once a zombie */
	int is_first;                   /* the boot program: its end powers off */
	int has_run;                    /* ever scheduled */
	uint64_t pml4;
	uint64_t info_pa;               /* its struct exov6_info page */
	uint64_t upcall_entry, xstack_lo, xstack_hi;
	int upcall_set;                 /* set since created or exec'd: until then signals wait */
	uint64_t pending_signals;       /* bit n: signal n posted, not delivered */
	uint64_t sig_info[64];          /* EXOV6_SIGINFO of the last post of each */
	struct {
		uint64_t value;         /* real: TSC deadline; else ns left; 0: off */
		uint64_t interval;      /* ns */
	} itimer[3];
	unsigned rights;                /* EXOV6_RIGHT_* it holds */
	unsigned rights_grantable;      /* ... and may pass to its children */
	uint64_t ipc_window;            /* where granted pages go, 0: refused */
	struct env *sendq_head, *sendq_tail, *sendq_next;
	char name[ENV_NAME_MAX];
};

extern struct env envs[NENV];
extern struct env *curenv;

/* The permission rule: what the caller may do to another env.
 *   ENV_CONTROL  its memory, registers, status, name, upcalls, rights,
 *                destruction and exec: the caller itself or its child.
 *   ENV_SIGNAL   post a signal: anyone, except that a system server
 *                (EXOV6_RIGHT_SERVER) hears only itself and its parent.
 * IPC needs no permission (a server checks its clients); a page moves
 * between address spaces only from one the caller controls, or by an IPC
 * grant of the sender's own page, never with more rights. */
enum env_access {
	ENV_CONTROL,
	ENV_SIGNAL,
};

void env_init(void);
/* A new env with an empty address space, stopped.  0 or -errno. */
int env_alloc(exov6_envid_t parent, struct env **out);
/* Give e's slot back (its address space is already gone). */
void env_free(struct env *e);
/* Record e's new parent (also in its info page). */
void env_set_parent(struct env *e, exov6_envid_t parent);
/* The live env for id (0 = the caller) that the caller may access as
 * asked; -ESRCH if none, -EPERM if the permission rule forbids it. */
int env_lookup(exov6_envid_t id, enum env_access access, struct env **out);
/* The live (not zombie) env with this id, or NULL. */
struct env *env_by_id(exov6_envid_t id);
/* Switch to e: deliver a pending signal, address space, FPU, registers. */
void env_run(struct env *e) __attribute__((noreturn));
/* Make e->fpu current if the FPU holds e's state. */
void env_fpu_save(struct env *e);
/* The FPU no longer holds e's state (e ends or takes a new image). */
void env_fpu_forget(struct env *e);
/* #NM from user mode: give the FPU to the current env, then resume it. */
void env_fpu_trap(void) __attribute__((noreturn));

#endif
