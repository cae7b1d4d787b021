/* identity.c - who the process is: exov6 has no users, so everything runs
 * as root (uid and gid 0); uname names the system. */
#include <string.h>
#include <sys/utsname.h>
#include <unistd.h>

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
