/* tmpnam.c - names for temporary files that do not exist yet: tmpnam and
 * tmpnam_r ("/tmp/fileXXXXXX" as glibc, into a static buffer or the
 * caller's of L_tmpnam bytes) and tempnam (in $TMPDIR, the given
 * directory, P_tmpdir or /tmp, the first that is a directory, with up to
 * five characters of prefix; malloc'd).  Another process may take the name
 * before it is used: mkstemp is the safe way. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "file.h"

char *__mktemp(char *template);

char *tmpnam_r(char *s)
{
	if (!s)
		return NULL;
	char name[L_tmpnam] = P_tmpdir "/fileXXXXXX";
	if (!__mktemp(name))
		return NULL;
	return strcpy(s, name);
}

char *tmpnam(char *s)
{
	static char buf[L_tmpnam];
	return tmpnam_r(s ? s : buf);
}

static int is_dir(const char *d)
{
	struct stat st;
	int saved = errno;
	int r = d && stat(d, &st) == 0 && S_ISDIR(st.st_mode);
	errno = saved;
	return r;
}

char *tempnam(const char *dir, const char *pfx)
{
	const char *d = secure_getenv("TMPDIR");
	if (!is_dir(d))
		d = is_dir(dir) ? dir : is_dir(P_tmpdir) ? P_tmpdir : NULL;
	if (!d) {
		errno = ENOENT;
		return NULL;
	}
	if (!pfx || !*pfx)
		pfx = "file";
	size_t dlen = strlen(d), plen = strnlen(pfx, 5);
	while (dlen > 1 && d[dlen - 1] == '/')
		dlen--;
	char *name = malloc(dlen + 1 + plen + 7);
	if (!name)
		return NULL;
	memcpy(name, d, dlen);
	name[dlen] = '/';
	memcpy(name + dlen + 1, pfx, plen);
	memcpy(name + dlen + 1 + plen, "XXXXXX", 7);
	if (!__mktemp(name)) {
		free(name);
		return NULL;
	}
	return name;
}
