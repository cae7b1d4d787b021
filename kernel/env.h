/* env.h - envs: the kernel's processes.  An env is an address space, a
 * saved register frame and the bookkeeping for its parent to wait on it. */
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

/* Why a ready env cannot run yet. */
enum env_block {
	BLOCK_NONE = 0,
	BLOCK_WAIT,       /* in SYS_env_wait */
	BLOCK_RECV,       /* receiving (ipc_peer: from whom, 0: anyone) */
	BLOCK_SEND,       /* queued on ipc_peer's send queue */
	BLOCK_REPLY,      /* called ipc_peer, waiting for the reply */
	BLOCK_SLEEP,      /* until the TSC passes wake_tsc */
	BLOCK_IRQ,        /* in SYS_irq_wait for line irq */
	BLOCK_FUTEX,      /* on the futex at futex_pa (until wake_tsc if set) */
	BLOCK_CONSOLE,    /* in SYS_console_read: buffer console_va, console_len */
};

struct env {
	struct exov6_trapframe tf;
	uint8_t fpu[512] __attribute__((aligned(16)));  /* FXSAVE area */
	exov6_envid_t id;
	exov6_envid_t parent;           /* 0: none */
	enum env_state state;
	enum env_block block;
	exov6_envid_t wait_for;         /* 0: any child */
	uint64_t wait_status_va;        /* where the status goes, 0: nowhere */
	int status;                     /* wait status once a zombie */
	int is_first;                   /* the boot program: its end powers off */
	int has_run;                    /* ever scheduled */
	uint64_t pml4;
	uint64_t info_pa;               /* its struct exov6_info page */
	uint64_t upcall_entry, xstack_lo, xstack_hi;
	uint64_t pending_signals;       /* bit n: signal n posted, not delivered */
	uint64_t wake_tsc;
	unsigned rights;                    /* EXOV6_RIGHT_* rights it may use */
	unsigned rights_grantable;          /* ... and pass to its children */
	int irq;                        /* BLOCK_IRQ: the line */
	uint64_t futex_pa;              /* BLOCK_FUTEX: the word's physical address */
	uint64_t console_va, console_len;
	/* IPC */
	exov6_envid_t ipc_peer;
	int ipc_is_call;                /* a queued send that is a call */
	uint64_t ipc_w[3], ipc_srcva, ipc_perm;
	uint64_t ipc_window;            /* where granted pages go, 0: refused */
	struct env *sendq_head, *sendq_tail, *sendq_next;
	char name[ENV_NAME_MAX];
};

extern struct env envs[NENV];
extern struct env *curenv;

void env_init(void);
/* A new env with an empty address space, stopped.  0 or -errno. */
int env_alloc(exov6_envid_t parent, struct env **out);
/* End e with a wait status: free its memory, reparent its children, wake
 * or notify its parent.  Does not return if e is the first program. */
void env_exit(struct env *e, int status);
/* The env for id (0 = the caller); -ESRCH if none, -EPERM unless it is the
 * caller or, with children_ok, one of the caller's children. */
int env_lookup(exov6_envid_t id, int children_ok, struct env **out);
/* The live (not zombie) env with this id, or NULL. */
struct env *env_by_id(exov6_envid_t id);
/* SYS_env_wait for the current env; may block (the answer is then given
 * when a child ends). */
int env_wait(exov6_envid_t id, uint64_t status_va, uint64_t options);
/* SYS_sleep for the current env. */
long env_sleep(uint64_t ns);
/* The TSC value ns nanoseconds from now. */
uint64_t env_deadline(uint64_t ns);
/* Wake the envs whose sleep or futex wait ends by TSC value now (checked
 * at every timer tick: the TSC, not the tick count, is the clock, so a
 * burst of late ticks never cuts a sleep short). */
void env_wake_sleepers(uint64_t now);
/* SYS_env_signal. */
long env_signal(exov6_envid_t id, uint64_t sig);
/* SYS_env_replace: the caller becomes its stopped child's image. */
int env_replace(exov6_envid_t child);
void env_run(struct env *e) __attribute__((noreturn));
/* Make e->fpu current if the FPU holds e's state. */
void env_fpu_save(struct env *e);
/* #NM from user mode: give the FPU to the current env, then resume it. */
void env_fpu_trap(void) __attribute__((noreturn));

#endif
