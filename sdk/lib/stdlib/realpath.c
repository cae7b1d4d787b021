/* realpath.c - the canonical absolute name of an existing file: every
 * symbolic link resolved (at most 40 on the way: ELOOP), "." and ".."
 * and repeated slashes removed, through getcwd, lstat and readlink. */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define MAX_LINKS 40

/* Puts a + b into out (PATH_MAX bytes); ENAMETOOLONG if it does not fit. */
static int join(char *out, const char *a, size_t alen, const char *b)
{
	size_t blen = strlen(b);
	if (alen + blen >= PATH_MAX) {
		errno = ENAMETOOLONG;
		return -1;
	}
	memmove(out + alen, b, blen + 1);
	memmove(out, a, alen);
	return 0;
}

/* Resolves path into out (PATH_MAX bytes). */
static int resolve(const char *path, char *out)
{
	char rest[PATH_MAX], link[PATH_MAX];
	int links = 0;
	if (join(rest, "", 0, path) < 0)
		return -1;
	if (rest[0] == '/')
		strcpy(out, "/");
	else if (!getcwd(out, PATH_MAX))
		return -1;
	size_t len = strlen(out);
	char *p = rest;
	for (;;) {
		while (*p == '/')
			p++;
		if (!*p)
			return 0;
		size_t n = strcspn(p, "/");
		if (n == 1 && p[0] == '.') {
			p += n;
			continue;
		}
		if (n == 2 && p[0] == '.' && p[1] == '.') {
			while (len > 1 && out[len - 1] != '/')
				len--;
			len -= len > 1;
			out[len] = '\0';
			p += n;
			continue;
		}
		size_t start = len;
		if (len + (len > 1) + n >= PATH_MAX) {
			errno = ENAMETOOLONG;
			return -1;
		}
		if (len > 1)
			out[len++] = '/';
		memcpy(out + len, p, n);
		len += n;
		out[len] = '\0';
		p += n;
		struct stat st;
		if (lstat(out, &st) < 0)
			return -1;
		if (S_ISLNK(st.st_mode)) {
			if (++links > MAX_LINKS) {
				errno = ELOOP;
				return -1;
			}
			ssize_t k = readlink(out, link, sizeof link - 1);
			if (k < 0)
				return -1;
			link[k] = '\0';
			/* The rest of the path now follows the link's text. */
			if (join(rest, link, (size_t)k, p) < 0)
				return -1;
			p = rest;
			len = link[0] == '/' ? 1 : start;
			out[len] = '\0';
		} else if (!S_ISDIR(st.st_mode) && *p) {
			errno = ENOTDIR;
			return -1;
		}
	}
}

char *realpath(const char *restrict path, char *restrict resolved)
{
	if (!path) {
		errno = EINVAL;
		return NULL;
	}
	if (!*path) {
		errno = ENOENT;
		return NULL;
	}
	char buf[PATH_MAX];
	if (resolve(path, buf) < 0)
		return NULL;
	if (resolved)
		return strcpy(resolved, buf);
	return strdup(buf);
}
