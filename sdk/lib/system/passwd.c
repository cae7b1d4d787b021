/* passwd.c - the user and group databases: a single built-in root entry
 * each (no /etc/passwd or /etc/group yet).  Lookups that find nothing
 * return NULL (or 0 with *result NULL) and leave errno alone. */
#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <string.h>

static char *root_members[] = { "root", NULL };
static const struct passwd root_user = {
	"root", "x", 0, 0, "root", "/", "/bin/sh",
};
static const struct group root_group = { "root", "x", 0, root_members };

/* Copies string s into the caller's buffer at *next; NULL if no room. */
static char *keep(const char *s, char **next, size_t *left)
{
	size_t n = strlen(s) + 1;
	if (n > *left)
		return NULL;
	char *at = memcpy(*next, s, n);
	*next += n;
	*left -= n;
	return at;
}

static int fill_user(struct passwd *pw, char *buf, size_t size, struct passwd **result)
{
	*result = NULL;
	struct passwd p = root_user;
	if (!(p.pw_name = keep(root_user.pw_name, &buf, &size)) ||
	    !(p.pw_passwd = keep(root_user.pw_passwd, &buf, &size)) ||
	    !(p.pw_gecos = keep(root_user.pw_gecos, &buf, &size)) ||
	    !(p.pw_dir = keep(root_user.pw_dir, &buf, &size)) ||
	    !(p.pw_shell = keep(root_user.pw_shell, &buf, &size)))
		return ERANGE;
	*pw = p;
	*result = pw;
	return 0;
}

int getpwuid_r(uid_t uid, struct passwd *pw, char *buf, size_t size, struct passwd **result)
{
	*result = NULL;
	return uid == root_user.pw_uid ? fill_user(pw, buf, size, result) : 0;
}

int getpwnam_r(const char *name, struct passwd *pw, char *buf, size_t size,
	       struct passwd **result)
{
	*result = NULL;
	return strcmp(name, root_user.pw_name) == 0 ? fill_user(pw, buf, size, result) : 0;
}

static struct passwd user;
static char user_buf[64];

struct passwd *getpwuid(uid_t uid)
{
	struct passwd *r;
	getpwuid_r(uid, &user, user_buf, sizeof user_buf, &r);
	return r;
}

struct passwd *getpwnam(const char *name)
{
	struct passwd *r;
	getpwnam_r(name, &user, user_buf, sizeof user_buf, &r);
	return r;
}

static int user_walked;

struct passwd *getpwent(void)
{
	return user_walked++ ? NULL : getpwuid(root_user.pw_uid);
}

void setpwent(void)
{
	user_walked = 0;
}

void endpwent(void)
{
	user_walked = 0;
}

static int fill_group(struct group *gr, char *buf, size_t size, struct group **result)
{
	*result = NULL;
	/* The member list (pointers) first, aligned, then the strings. */
	size_t skew = (size_t)-(unsigned long)buf % sizeof(char *);
	size_t list = skew + 2 * sizeof(char *);
	if (size < list)
		return ERANGE;
	char **mem = (char **)(buf + skew);
	buf += list;
	size -= list;
	struct group g = root_group;
	if (!(g.gr_name = keep(root_group.gr_name, &buf, &size)) ||
	    !(g.gr_passwd = keep(root_group.gr_passwd, &buf, &size)) ||
	    !(mem[0] = keep(root_members[0], &buf, &size)))
		return ERANGE;
	mem[1] = NULL;
	g.gr_mem = mem;
	*gr = g;
	*result = gr;
	return 0;
}

int getgrgid_r(gid_t gid, struct group *gr, char *buf, size_t size, struct group **result)
{
	*result = NULL;
	return gid == root_group.gr_gid ? fill_group(gr, buf, size, result) : 0;
}

int getgrnam_r(const char *name, struct group *gr, char *buf, size_t size,
	       struct group **result)
{
	*result = NULL;
	return strcmp(name, root_group.gr_name) == 0 ? fill_group(gr, buf, size, result) : 0;
}

static struct group group;
static char group_buf[64];

struct group *getgrgid(gid_t gid)
{
	struct group *r;
	getgrgid_r(gid, &group, group_buf, sizeof group_buf, &r);
	return r;
}

struct group *getgrnam(const char *name)
{
	struct group *r;
	getgrnam_r(name, &group, group_buf, sizeof group_buf, &r);
	return r;
}

static int group_walked;

struct group *getgrent(void)
{
	return group_walked++ ? NULL : getgrgid(root_group.gr_gid);
}

void setgrent(void)
{
	group_walked = 0;
}

void endgrent(void)
{
	group_walked = 0;
}
