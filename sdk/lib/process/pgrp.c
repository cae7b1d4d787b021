/* pgrp.c - process groups and sessions: setpgid, getpgid, getpgrp,
 * setpgrp, setsid, getsid.  The kernel keeps both ids (session.c) and
 * applies POSIX's rules. */
#include <errno.h>
#include <exov6/syscall.h>
#include <unistd.h>

static long result(long r)
{
	if (r < 0) {
		errno = (int)-r;
		return -1;
	}
	return r;
}

int setpgid(pid_t pid, pid_t pgid)
{
	if (pid < 0 || pgid < 0)
		return (int)result(-EINVAL);
	return (int)result(exov6_sys_env_setpgid(pid, pgid));
}

pid_t getpgid(pid_t pid)
{
	if (pid < 0)
		return (pid_t)result(-ESRCH);
	return (pid_t)result(exov6_sys_env_getpgid(pid));
}

pid_t getpgrp(void)
{
	return exov6_sys_env_getpgid(0);
}

int setpgrp(void)
{
	return setpgid(0, 0);
}

pid_t setsid(void)
{
	return (pid_t)result(exov6_sys_env_setsid());
}

pid_t getsid(pid_t pid)
{
	if (pid < 0)
		return (pid_t)result(-ESRCH);
	return (pid_t)result(exov6_sys_env_getsid(pid));
}
