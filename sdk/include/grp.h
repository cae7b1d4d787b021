/* grp.h - the group database: one built-in entry, root (gid 0, member
 * root); exov6 has no /etc/group yet. */
#ifndef _GRP_H
#define _GRP_H

#include <features.h>
#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

struct group {
	char *gr_name;
	char *gr_passwd;
	gid_t gr_gid;
	char **gr_mem;
};

struct group *getgrnam(const char *name);
struct group *getgrgid(gid_t gid);
int getgrnam_r(const char *name, struct group *gr, char *buf, size_t size,
	       struct group **result);
int getgrgid_r(gid_t gid, struct group *gr, char *buf, size_t size,
	       struct group **result);
#ifdef __USE_MISC
/* Supplementary groups: root may hold group 0 or none (EPERM else). */
int setgroups(size_t n, const gid_t *list);
int initgroups(const char *user, gid_t group);
#endif
#if defined(__USE_XOPEN) || defined(__USE_MISC)
struct group *getgrent(void);
void setgrent(void);
void endgrent(void);
#endif

#ifdef __cplusplus
}
#endif
#endif
