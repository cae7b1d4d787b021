/* identity.c - who the process is: exov6 has one user, root (uid and gid
 * 0, supplementary group 0), so every get* call answers 0, and the set*
 * calls succeed for id 0 and fail with EPERM for any other (a process
 * cannot become a user that does not exist); -1 in setre*id and
 * setres*id means "unchanged", as on Linux, and is EINVAL where Linux
 * says so.  getlogin names root; uname names the system. */
#define _GNU_SOURCE
#include <errno.h>
#include <grp.h>
#include <limits.h>
#include <string.h>
#include <sys/utsname.h>
#include <unistd.h>
#include "../process/process_private.h"

#define NGROUPS 65536           /* Linux's NGROUPS_MAX */

/* How many supplementary groups (each of them group 0) we hold. */
static int ngroups = 1;

uid_t getuid(void)
{
	return 0;
}

uid_t geteuid(void)
{
	return 0;
}

gid_t getgid(void)
{
	return 0;
}

gid_t getegid(void)
{
	return 0;
}

static int fail(int err)
{
	errno = err;
	return -1;
}

/* One id given to a set* call: -1 unchanged (when allowed), 0 fine. */
static int one_id(unsigned id, int minus_one_ok)
{
	if (id == (unsigned)-1)
		return minus_one_ok ? 0 : fail(EINVAL);
	return id == 0 ? 0 : fail(EPERM);
}

int setuid(uid_t uid)
{
	return one_id(uid, 0);
}

int setgid(gid_t gid)
{
	return one_id(gid, 0);
}

int seteuid(uid_t uid)
{
	return one_id(uid, 0);
}

int setegid(gid_t gid)
{
	return one_id(gid, 0);
}

int setreuid(uid_t ruid, uid_t euid)
{
	return one_id(ruid, 1) || one_id(euid, 1) ? -1 : 0;
}

int setregid(gid_t rgid, gid_t egid)
{
	return one_id(rgid, 1) || one_id(egid, 1) ? -1 : 0;
}

int setresuid(uid_t ruid, uid_t euid, uid_t suid)
{
	return one_id(ruid, 1) || one_id(euid, 1) || one_id(suid, 1) ? -1 : 0;
}

int setresgid(gid_t rgid, gid_t egid, gid_t sgid)
{
	return one_id(rgid, 1) || one_id(egid, 1) || one_id(sgid, 1) ? -1 : 0;
}

static int get_three(unsigned *a, unsigned *b, unsigned *c)
{
	if (!__libos_user_memory(a, sizeof *a, 1) || !__libos_user_memory(b, sizeof *b, 1) ||
	    !__libos_user_memory(c, sizeof *c, 1))
		return fail(EFAULT);
	*a = *b = *c = 0;
	return 0;
}

int getresuid(uid_t *ruid, uid_t *euid, uid_t *suid)
{
	return get_three(ruid, euid, suid);
}

int getresgid(gid_t *rgid, gid_t *egid, gid_t *sgid)
{
	return get_three(rgid, egid, sgid);
}

int getgroups(int size, gid_t list[])
{
	if (size < 0)
		return fail(EINVAL);
	if (size == 0)
		return ngroups;
	if (size < ngroups)
		return fail(EINVAL);
	if (!__libos_user_memory(list, (size_t)ngroups * sizeof *list, 1))
		return fail(EFAULT);
	for (int i = 0; i < ngroups; i++)
		list[i] = 0;
	return ngroups;
}

int setgroups(size_t n, const gid_t *list)
{
	if (n > NGROUPS)
		return fail(EINVAL);
	if (!__libos_user_memory(list, n * sizeof *list, 0))
		return fail(EFAULT);
	for (size_t i = 0; i < n; i++)
		if (list[i] != 0)
			return fail(EPERM);
	ngroups = (int)n;
	return 0;
}

/* glibc's: group, and the groups whose members name user (only root's
 * group, which names root). */
int initgroups(const char *user, gid_t group)
{
	(void)user;
	gid_t list[1] = { group };
	return setgroups(1, list);
}

int getlogin_r(char *buf, size_t size)
{
	if (size < sizeof "root")
		return ERANGE;
	memcpy(buf, "root", sizeof "root");
	return 0;
}

char *getlogin(void)
{
	static char name[] = "root";
	return name;
}

int uname(struct utsname *name)
{
	memset(name, 0, sizeof *name);
	strcpy(name->sysname, "exov6");
	strcpy(name->nodename, "exov6");
	strcpy(name->release, "0.1");
	strcpy(name->version, "exov6 0.1");
	strcpy(name->machine, "x86_64");
	return 0;
}
