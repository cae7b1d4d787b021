/* libgen.c - the POSIX basename and dirname: trailing slashes are cut off
 * (in place); "" and NULL give ".", and "/" stays "/". */
#include <libgen.h>
#include <string.h>

/* Cuts path's trailing slashes but the first character; its length. */
static size_t trim(char *path)
{
	size_t n = strlen(path);
	while (n > 1 && path[n - 1] == '/')
		path[--n] = '\0';
	return n;
}

char *basename(char *path)
{
	if (!path || !*path)
		return ".";
	size_t n = trim(path);
	if (n == 1)
		return path;            /* "/" or a one-letter name */
	while (n > 0 && path[n - 1] != '/')
		n--;
	return path + n;
}

char *dirname(char *path)
{
	if (!path || !*path)
		return ".";
	size_t n = trim(path);
	while (n > 0 && path[n - 1] != '/')
		n--;
	if (n == 0)
		return ".";
	while (n > 1 && path[n - 1] == '/')
		n--;
	path[n] = '\0';
	return path;
}
