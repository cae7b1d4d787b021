/* sys/utsname.h - the system's name: uname gives sysname and nodename
 * "exov6", the release of this C library, machine "x86_64". */
#ifndef _SYS_UTSNAME_H
#define _SYS_UTSNAME_H

#include <features.h>

#ifdef __cplusplus
extern "C" {
#endif

#define _UTSNAME_LENGTH 65

struct utsname {
	char sysname[_UTSNAME_LENGTH];
	char nodename[_UTSNAME_LENGTH];
	char release[_UTSNAME_LENGTH];
	char version[_UTSNAME_LENGTH];
	char machine[_UTSNAME_LENGTH];
#ifdef __USE_GNU
	char domainname[_UTSNAME_LENGTH];
#else
	char __domainname[_UTSNAME_LENGTH];
#endif
};

int uname(struct utsname *name);

#ifdef __cplusplus
}
#endif
#endif
