/* lifetime.h - how envs end and are waited for: exit with a wait status,
 * reparenting of orphans to the first program, waiting for children, and
 * exec (an env taking over its stopped child's image). */
#ifndef KERNEL_LIFETIME_H
#define KERNEL_LIFETIME_H

#include <stdint.h>
#include "env.h"

/* End e with a wait status: free its memory, reparent its children, wake
 * or notify its parent.  Does not return if e is the first program. */
void env_exit(struct env *e, int status);
/* SYS_env_wait for the current env; may block (the answer is then given
 * when a child ends). */
long env_wait(exov6_envid_t id, uint64_t status_va, uint64_t options);
/* Parent p is told that child c ended, stopped or continued: a wait of
 * p's that takes that news ends. */
void wait_notify(struct env *p, struct env *c);
/* SYS_env_replace: the caller becomes its stopped child's image. */
long env_replace(exov6_envid_t child);

#endif
