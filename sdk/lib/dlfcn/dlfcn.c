/* dlfcn.c - dynamic loading, which exov6 does not have: programs are
 * linked statically and carry no dynamic symbol table.  dlopen returns
 * NULL, dlsym and dlvsym find nothing, dlclose refuses every handle (none
 * was ever given), dladdr knows nothing; dlerror returns the reason once
 * after each failure, then NULL. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <string.h>

static char message[256];
static int pending;

static void fail(const char *what, const char *name, const char *why)
{
	size_t n = 0;
	const char *parts[] = { what, name ? ": " : "", name ? name : "", ": ", why };
	for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
		size_t k = strlen(parts[i]);
		if (k > sizeof message - 1 - n)
			k = sizeof message - 1 - n;
		memcpy(message + n, parts[i], k);
		n += k;
	}
	message[n] = 0;
	pending = 1;
}

void *dlopen(const char *file, int mode)
{
	(void)mode;
	fail("dlopen", file ? file : "(the program)",
	     "cannot load: exov6 programs are static (no dynamic loading)");
	return NULL;
}

void *dlsym(void *restrict handle, const char *restrict name)
{
	(void)handle;
	fail("dlsym", name, "no dynamic symbols: exov6 programs are static");
	return NULL;
}

void *dlvsym(void *restrict handle, const char *restrict name, const char *restrict version)
{
	(void)version;
	return dlsym(handle, name);
}

int dlclose(void *handle)
{
	(void)handle;
	fail("dlclose", NULL, "invalid handle: exov6 programs are static (dlopen loads nothing)");
	return -1;
}

int dladdr(const void *addr, Dl_info *info)
{
	(void)addr;
	(void)info;
	return 0;               /* no symbol information in a static program */
}

char *dlerror(void)
{
	if (!pending)
		return NULL;
	pending = 0;
	return message;
}
