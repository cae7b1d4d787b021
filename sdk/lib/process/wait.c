/* wait.c - wait and waitpid on top of the kernel's wait for a child's end
 * (the kernel keeps wait statuses in the traditional layout). */
#include <errno.h>
#include <exov6/syscall.h>
#include <sys/wait.h>

pid_t waitpid(pid_t pid, int *status, int options)
{
	if (options & ~(WNOHANG | WUNTRACED) || pid < -1 || pid == 0) {
		/* Process groups do not exist yet: pid 0 and < -1 name none. */
		errno = pid < -1 || pid == 0 ? ECHILD : EINVAL;
		return -1;
	}
	/* WUNTRACED is accepted: no process is ever stopped. */
	long r = exov6_sys_env_wait(pid == -1 ? 0 : pid, status,
				    options & WNOHANG ? EXOV6_WAIT_NOHANG : 0);
	if (r < 0) {
		errno = (int)-r;
		return -1;
	}
	return (pid_t)r;
}

pid_t wait(int *status)
{
	return waitpid(-1, status, 0);
}
