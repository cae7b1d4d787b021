/* signal.h - posting signals to envs and handing them to their handlers.
 * The kernel acts on SIGKILL (end), SIGSTOP (stop) and SIGCONT (continue)
 * itself; what every other signal does is the libOS's. */
#ifndef KERNEL_SIGNAL_H
#define KERNEL_SIGNAL_H

#include <stdint.h>
#include "env.h"

/* SYS_env_signal: post sig (0: only check) to env id under the
 * permission rule's ENV_SIGNAL. */
long env_signal(exov6_envid_t id, uint64_t sig);
/* SYS_env_signal_group: post sig to every member of process group pgid
 * (0: the caller's; -1: every env the caller may signal but itself) that
 * the caller may signal.  -ESRCH when there is none, -EPERM when none may
 * be signalled. */
long env_signal_group(long pgid, uint64_t sig);
/* SYS_env_stop: the caller stops, reporting sig to its parent's wait
 * (the libOS's default action for SIGTSTP, SIGTTIN and SIGTTOU). */
long env_stop_self(uint64_t sig);
/* The kernel posts sig to e (code is a CLD_* or 0, from the sender). */
void signal_post(struct env *e, int sig, exov6_envid_t from, int code);
/* The kernel posts sig to every member of group pgid (the console's
 * control characters) but the system servers, which no program may make
 * hear a signal by putting them in the foreground; the first program,
 * which owns the console at boot, does hear them (init ignores them). */
void signal_post_group(exov6_envid_t pgid, int sig);
/* Tell e's parent (SIGCHLD with code, and a wait in progress) that e
 * ended, stopped or continued. */
void signal_parent(struct env *e, int code);
/* e is about to run with signals pending: send it to its handler with
 * one of them; without a handler the signal ends e (and this does not
 * return). */
void signal_deliver(struct env *e);

#endif
