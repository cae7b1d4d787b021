/* ipc.h - synchronous message passing between envs (exov6/ipc.h has the
 * user-side conventions). */
#ifndef KERNEL_IPC_H
#define KERNEL_IPC_H

#include <stdint.h>
#include "env.h"

long ipc_send(int is_call, uint64_t to, const uint64_t w[3], uint64_t srcva, uint64_t perm);
long ipc_recv(uint64_t from);
long ipc_reply_recv(uint64_t to, const uint64_t w[3], uint64_t srcva, uint64_t perm);
long ipc_window(uint64_t va);
/* e's blocked IPC is being interrupted: leave any send queue. */
void ipc_cancel(struct env *e);
/* e is ending: fail every IPC that waits on it, leave any queue it is in. */
void ipc_env_gone(struct env *e);

#endif
