/* mktemp.c - mkstemp, mkostemp and mkdtemp: the template's trailing
 * "XXXXXX" becomes six random letters and digits until a new file (0600)
 * or directory (0700) can be created; EINVAL for a template without it. */
#define _GNU_SOURCE             /* mkostemp */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define ATTEMPTS 10000

/* The address of the six X's, or NULL (errno EINVAL). */
static char *suffix(char *template)
{
	size_t n = strlen(template);
	if (n < 6 || strcmp(template + n - 6, "XXXXXX") != 0) {
		errno = EINVAL;
		return NULL;
	}
	return template + n - 6;
}

/* Six fresh random characters at x: the clock, the process and a counter
 * stirred together (splitmix64), so processes and calls differ. */
static void fill(char *x)
{
	static const char chars[] =
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
	static unsigned long counter;
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	unsigned long v = (unsigned long)ts.tv_nsec ^ ((unsigned long)ts.tv_sec << 30) ^
			  ((unsigned long)getpid() << 48) ^ (++counter * 0x9e3779b97f4a7c15ul);
	v = (v ^ (v >> 30)) * 0xbf58476d1ce4e5b9ul;
	v = (v ^ (v >> 27)) * 0x94d049bb133111ebul;
	v ^= v >> 31;
	for (int i = 0; i < 6; i++, v /= 62)
		x[i] = chars[v % 62];
}

/* Tries names until create(template) succeeds or fails other than by
 * EEXIST; returns its result. */
static int try_names(char *template, int (*create)(const char *, int), int flags)
{
	char *x = suffix(template);
	if (!x)
		return -1;
	for (int i = 0; i < ATTEMPTS; i++) {
		fill(x);
		int r = create(template, flags);
		if (r >= 0 || errno != EEXIST)
			return r;
	}
	memcpy(x, "XXXXXX", 6);
	return -1;
}

static int create_file(const char *path, int flags)
{
	return open(path, O_RDWR | O_CREAT | O_EXCL | flags, 0600);
}

static int create_dir(const char *path, int flags)
{
	(void)flags;
	return mkdir(path, 0700);
}

int mkostemp(char *template, int flags)
{
	if (flags & ~(O_APPEND | O_CLOEXEC | O_SYNC)) {
		errno = EINVAL;
		return -1;
	}
	return try_names(template, create_file, flags);
}

int mkstemp(char *template)
{
	return try_names(template, create_file, 0);
}

char *mkdtemp(char *template)
{
	return try_names(template, create_dir, 0) == 0 ? template : NULL;
}

/* mktemp: a name nothing has yet (lstat says ENOENT); the template is
 * emptied when none is found.  Racy by nature: tmpnam uses it. */
char *__mktemp(char *template)
{
	char *x = suffix(template);
	if (!x)
		return NULL;
	int saved = errno;
	struct stat st;
	for (int i = 0; i < ATTEMPTS; i++) {
		fill(x);
		if (lstat(template, &st) < 0) {
			if (errno != ENOENT)
				break;
			errno = saved;
			return template;
		}
	}
	template[0] = 0;
	return NULL;
}

char *mktemp(char *template)
{
	if (!__mktemp(template))
		template[0] = 0;
	return template;
}
