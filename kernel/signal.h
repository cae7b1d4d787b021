/* signal.h - posting signals to envs and handing them to their handlers.
 * The kernel interprets one signal, SIGKILL; every other is the libOS's. */
#ifndef KERNEL_SIGNAL_H
#define KERNEL_SIGNAL_H

#include <stdint.h>
#include "env.h"

/* SYS_env_signal: post sig (0: only check) to env id under the
 * permission rule's ENV_SIGNAL. */
long env_signal(exov6_envid_t id, uint64_t sig);
/* e is about to run with signals pending: send it to its handler with
 * one of them; without a handler the signal ends e (and this does not
 * return). */
void signal_deliver(struct env *e);

#endif
