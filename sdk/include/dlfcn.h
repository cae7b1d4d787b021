/* dlfcn.h - dynamic loading.  exov6 programs are linked statically and
 * have no dynamic symbol table, so dlopen always returns NULL and dlsym
 * finds nothing; dlerror says why.  (Until exov6 has dynamic linking.) */
#ifndef _DLFCN_H
#define _DLFCN_H

#include <features.h>

#ifdef __cplusplus
extern "C" {
#endif

#define RTLD_LAZY     0x00001
#define RTLD_NOW      0x00002
#define RTLD_NOLOAD   0x00004
#define RTLD_DEEPBIND 0x00008
#define RTLD_GLOBAL   0x00100
#define RTLD_LOCAL    0
#define RTLD_NODELETE 0x01000

#ifdef __USE_GNU
#define RTLD_NEXT    ((void *)-1l)
#define RTLD_DEFAULT ((void *)0)

typedef struct {
	const char *dli_fname;  /* the file holding the address */
	void *dli_fbase;        /* where it is loaded */
	const char *dli_sname;  /* the nearest symbol */
	void *dli_saddr;        /* its address */
} Dl_info;

int dladdr(const void *addr, Dl_info *info);
void *dlvsym(void *__restrict handle, const char *__restrict name, const char *__restrict version);
#endif

void *dlopen(const char *file, int mode);
void *dlsym(void *__restrict handle, const char *__restrict name);
int dlclose(void *handle);
char *dlerror(void);

#ifdef __cplusplus
}
#endif
#endif
