/* session.h - process groups and sessions (POSIX's job-control
 * structure): every env has a group and a session id, inherited at
 * exofork and kept across exec. */
#ifndef KERNEL_SESSION_H
#define KERNEL_SESSION_H

#include <stdint.h>
#include "env.h"

/* SYS_env_setpgid(env, pgid): env (0: the caller) is the caller or its
 * child, in its session, not a session leader, not a child that has
 * exec'd; pgid 0 means env's own id, and any other must be a group of
 * the caller's session. */
long session_setpgid(exov6_envid_t id, long pgid);
/* SYS_env_setsid: the caller leads a new session and group, unless it
 * already leads a group (-EPERM).  Returns the new session id. */
long session_setsid(void);
/* SYS_env_getpgid / SYS_env_getsid of any live env (0: the caller). */
long session_getpgid(exov6_envid_t id);
long session_getsid(exov6_envid_t id);

#endif
