/* session.c - process groups and sessions (see session.h).  The kernel
 * keeps the two ids because signals to a group and the console's
 * foreground group need them in one place; which groups a shell makes is
 * the libOS's business. */
#include <exov6/errno.h>
#include "session.h"

/* Does any live env other than except have group pgid (in session sid, or
 * any session when sid is 0)? */
static int group_exists(exov6_envid_t pgid, exov6_envid_t sid, const struct env *except)
{
	for (int i = 0; i < NENV; i++) {
		const struct env *e = &envs[i];
		if (e != except && e->state != ENV_FREE && e->state != ENV_ZOMBIE &&
		    e->pgid == pgid && (!sid || e->sid == sid))
			return 1;
	}
	return 0;
}

long session_setpgid(exov6_envid_t id, long pgid)
{
	struct env *self = curenv, *e;
	if (pgid < 0)
		return -EINVAL;
	int r = env_lookup(id, ENV_CONTROL, &e);
	if (r)
		return r == -EPERM ? -ESRCH : r;        /* POSIX: not a child */
	if (e != self && e->has_exec)
		return -EACCES;
	if (e->sid != self->sid || e->sid == e->id)
		return -EPERM;          /* another session, or a session leader */
	exov6_envid_t group = pgid ? (exov6_envid_t)pgid : e->id;
	if (group != e->id && !group_exists(group, self->sid, 0))
		return -EPERM;
	e->pgid = group;
	return 0;
}

long session_setsid(void)
{
	struct env *self = curenv;
	if (self->pgid == self->id || group_exists(self->id, 0, self))
		return -EPERM;
	self->sid = self->pgid = self->id;
	return self->id;
}

long session_getpgid(exov6_envid_t id)
{
	struct env *e = id == 0 ? curenv : env_by_id(id);
	return e ? e->pgid : -ESRCH;
}

long session_getsid(exov6_envid_t id)
{
	struct env *e = id == 0 ? curenv : env_by_id(id);
	return e ? e->sid : -ESRCH;
}
