/* glob.c - glob and globfree: the pattern is taken one '/'-separated
 * component at a time; components with wildcards are matched against the
 * directory's entries with fnmatch, the others are taken literally. */
#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <glob.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

struct search {
	glob_t *g;
	int flags;
	int (*errfunc)(const char *, int);
};

static size_t offsets(const struct search *s)
{
	return (s->flags & GLOB_DOOFFS) ? s->g->gl_offs : 0;
}

static int is_dir(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Append path (and a '/' if asked) to the results. */
static int add(struct search *s, const char *path, int slash)
{
	glob_t *g = s->g;
	size_t offs = offsets(s);
	char **v = realloc(g->gl_pathv, (offs + g->gl_pathc + 2) * sizeof *v);
	if (v == NULL)
		return GLOB_NOSPACE;
	if (g->gl_pathv == NULL)
		for (size_t i = 0; i < offs; i++)
			v[i] = NULL;
	g->gl_pathv = v;
	size_t len = strlen(path);
	char *copy = malloc(len + 2);
	if (copy == NULL)
		return GLOB_NOSPACE;
	memcpy(copy, path, len);
	copy[len] = '/';
	copy[len + slash] = '\0';
	v[offs + g->gl_pathc++] = copy;
	v[offs + g->gl_pathc] = NULL;
	return 0;
}

/* Does the component (len bytes) have wildcards?  Else copy it to out
 * without its escapes. */
static int literal(const char *c, size_t len, int flags, char *out)
{
	for (size_t i = 0; i < len; i++) {
		if (c[i] == '*' || c[i] == '?' || c[i] == '[')
			return 0;
		if (c[i] == '\\' && !(flags & GLOB_NOESCAPE) && i + 1 < len)
			i++;
		*out++ = c[i];
	}
	*out = '\0';
	return 1;
}

/* Match the components in rest below path (len bytes, ending in '/'
 * unless empty). */
static int expand(struct search *s, char *path, size_t len, const char *rest);

/* path + name matches a component (if it exists, when check says so);
 * go on with the components in rest (NULL after the last one). */
static int descend(struct search *s, char *path, size_t len, const char *name, const char *rest,
		   int check)
{
	struct stat st;
	size_t n = strlen(name);
	if (len + n + 2 > PATH_MAX)
		return 0;
	memcpy(path + len, name, n + 1);
	if (check && lstat(path, &st) != 0)
		return 0;
	if (rest == NULL)
		return add(s, path, (s->flags & GLOB_MARK) && is_dir(path));
	path[len + n] = '/';
	path[len + n + 1] = '\0';
	return expand(s, path, len + n + 1, rest);
}

static int expand(struct search *s, char *path, size_t len, const char *rest)
{
	/* A trailing '/': the directory itself, with its slash. */
	if (*rest == '\0')
		return is_dir(path) ? add(s, path, 0) : 0;
	const char *end = strchr(rest, '/');
	size_t clen = end != NULL ? (size_t)(end - rest) : strlen(rest);
	const char *next = end != NULL ? end + 1 : NULL;
	char pattern[NAME_MAX + 1], component[NAME_MAX + 1];
	if (clen > NAME_MAX)
		return 0;
	memcpy(pattern, rest, clen);
	pattern[clen] = '\0';
	/* A literal name must exist only at the end: further down,
	 * opendir or lstat will tell. */
	if (literal(pattern, clen, s->flags, component))
		return descend(s, path, len, component, next, next == NULL);
	/* The directory is named without its trailing '/' (as errfunc sees
	 * it in glibc). */
	if (len > 1)
		path[len - 1] = '\0';
	DIR *dir = opendir(len ? path : ".");
	int error = errno;
	if (dir == NULL && error != ENOTDIR && s->errfunc != NULL && s->errfunc(len ? path : ".", error) != 0)
		return GLOB_ABORTED;
	if (len > 1)
		path[len - 1] = '/';
	if (dir == NULL)
		return error != ENOTDIR && (s->flags & GLOB_ERR) ? GLOB_ABORTED : 0;
	int fnflags = ((s->flags & GLOB_PERIOD) ? 0 : FNM_PERIOD) |
		((s->flags & GLOB_NOESCAPE) ? FNM_NOESCAPE : 0);
	int r = 0;
	struct dirent *e;
	while (r == 0 && (e = readdir(dir)) != NULL) {
		if (fnmatch(pattern, e->d_name, fnflags) == 0) {
			r = descend(s, path, len, e->d_name, next, 0);
			path[len] = '\0';
		}
	}
	closedir(dir);
	return r;
}

static int compare(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int glob(const char *restrict pattern, int flags, int (*errfunc)(const char *path, int error),
	 glob_t *restrict pglob)
{
	struct search s = { pglob, flags, errfunc };
	char path[PATH_MAX];
	size_t len = 0;
	if (!(flags & GLOB_APPEND)) {
		pglob->gl_pathc = 0;
		pglob->gl_pathv = NULL;
		if (!(flags & GLOB_DOOFFS))
			pglob->gl_offs = 0;
	}
	size_t before = pglob->gl_pathc;
	if (*pattern == '\0')
		return GLOB_NOMATCH;
	while (*pattern == '/' && len + 1 < PATH_MAX)
		path[len++] = *pattern++;
	path[len] = '\0';
	int r = expand(&s, path, len, pattern);
	if (r == 0 && pglob->gl_pathc == before) {
		if (!(flags & GLOB_NOCHECK))
			return GLOB_NOMATCH;
		r = add(&s, pattern - len, 0);
	}
	if (!(flags & GLOB_NOSORT))
		qsort(pglob->gl_pathv + offsets(&s) + before, pglob->gl_pathc - before,
		      sizeof(char *), compare);
	return r;
}

void globfree(glob_t *pglob)
{
	if (pglob->gl_pathv != NULL)
		for (size_t i = 0; i < pglob->gl_pathc; i++)
			free(pglob->gl_pathv[pglob->gl_offs + i]);
	free(pglob->gl_pathv);
	pglob->gl_pathv = NULL;
	pglob->gl_pathc = 0;
}
