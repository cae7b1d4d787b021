/* pwd.h - the user database: one built-in entry, root (uid 0, home "/",
 * shell /bin/sh); exov6 has no /etc/passwd yet. */
#ifndef _PWD_H
#define _PWD_H

#include <features.h>
#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

struct passwd {
	char *pw_name;
	char *pw_passwd;
	uid_t pw_uid;
	gid_t pw_gid;
	char *pw_gecos;
	char *pw_dir;
	char *pw_shell;
};

struct passwd *getpwnam(const char *name);
struct passwd *getpwuid(uid_t uid);
int getpwnam_r(const char *name, struct passwd *pw, char *buf, size_t size,
	       struct passwd **result);
int getpwuid_r(uid_t uid, struct passwd *pw, char *buf, size_t size,
	       struct passwd **result);
#if defined(__USE_XOPEN) || defined(__USE_MISC)
struct passwd *getpwent(void);
void setpwent(void);
void endpwent(void);
#endif

#ifdef __cplusplus
}
#endif
#endif
