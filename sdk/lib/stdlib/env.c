/* env.c - getenv, setenv, unsetenv, putenv over `environ`.  The first
 * change copies the vector the program started with into malloc'd memory;
 * strings made by setenv are malloc'd, strings given to putenv are used
 * as they are (POSIX: changing them changes the environment). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

extern char **environ;

static char **owned;            /* environ, once it is ours to resize */

static size_t name_length(const char *name)
{
	if (!name || !*name || strchr(name, '='))
		return 0;
	return strlen(name);
}

/* Index of NAME=... in environ, or the count of entries if absent. */
static size_t find(const char *name, size_t len)
{
	size_t i = 0;
	for (; environ && environ[i]; i++)
		if (strncmp(environ[i], name, len) == 0 && environ[i][len] == '=')
			break;
	return i;
}

char *getenv(const char *name)
{
	size_t len = name_length(name);
	if (!len || !environ)
		return NULL;
	size_t i = find(name, len);
	return environ[i] ? environ[i] + len + 1 : NULL;
}

/* Put entry at index i (== count appends). */
static int store(size_t i, char *entry)
{
	if (environ && environ[i]) {
		environ[i] = entry;
		return 0;
	}
	size_t count = i;
	char **v = realloc(owned, (count + 2) * sizeof *v);
	if (!v)
		return -1;
	if (!owned && environ)
		memcpy(v, environ, count * sizeof *v);
	v[count] = entry;
	v[count + 1] = NULL;
	owned = environ = v;
	return 0;
}

int setenv(const char *name, const char *value, int overwrite)
{
	size_t len = name_length(name);
	if (!len) {
		errno = EINVAL;
		return -1;
	}
	size_t i = find(name, len);
	if (environ && environ[i] && !overwrite)
		return 0;
	size_t vlen = strlen(value);
	char *entry = malloc(len + vlen + 2);
	if (!entry) {
		errno = ENOMEM;
		return -1;
	}
	memcpy(entry, name, len);
	entry[len] = '=';
	memcpy(entry + len + 1, value, vlen + 1);
	if (store(i, entry)) {
		free(entry);
		errno = ENOMEM;
		return -1;
	}
	return 0;
}

int putenv(char *string)
{
	char *eq = strchr(string, '=');
	if (!eq || eq == string) {
		errno = EINVAL;
		return -1;
	}
	if (store(find(string, (size_t)(eq - string)), string)) {
		errno = ENOMEM;
		return -1;
	}
	return 0;
}

int unsetenv(const char *name)
{
	size_t len = name_length(name);
	if (!len) {
		errno = EINVAL;
		return -1;
	}
	for (size_t i; environ && environ[i = find(name, len)];)
		for (; environ[i]; i++)
			environ[i] = environ[i + 1];
	return 0;
}
