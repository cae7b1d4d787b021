/* stdlib.h - general utilities (the part built so far). */
#ifndef _STDLIB_H
#define _STDLIB_H

#include <features.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct { int quot, rem; } div_t;
typedef struct { long quot, rem; } ldiv_t;
typedef struct { long long quot, rem; } lldiv_t;

#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1
#define RAND_MAX 2147483647

void exit(int status) __attribute__((noreturn));
void _Exit(int status) __attribute__((noreturn));
void abort(void) __attribute__((noreturn));
int atexit(void (*fn)(void));
/* Run command with /bin/sh -c; system(NULL): is there a shell? */
int system(const char *command);
long strtol(const char *__restrict s, char **__restrict end, int base);
unsigned long strtoul(const char *__restrict s, char **__restrict end, int base);
long long strtoll(const char *__restrict s, char **__restrict end, int base);
unsigned long long strtoull(const char *__restrict s, char **__restrict end, int base);
float strtof(const char *__restrict s, char **__restrict end);
double strtod(const char *__restrict s, char **__restrict end);
long double strtold(const char *__restrict s, char **__restrict end);
double atof(const char *s);
void *malloc(size_t n);
void free(void *p);
void *calloc(size_t count, size_t size);
void *realloc(void *p, size_t n);
#ifdef __USE_ISOC11
void *aligned_alloc(size_t align, size_t n);
#endif
void qsort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *));
void *bsearch(const void *key, const void *base, size_t n, size_t size,
	      int (*cmp)(const void *, const void *));
int abs(int v);
long labs(long v);
long long llabs(long long v);
div_t div(int a, int b);
ldiv_t ldiv(long a, long b);
lldiv_t lldiv(long long a, long long b);
char *getenv(const char *name);
int atoi(const char *s);
long atol(const char *s);
int rand(void);
void srand(unsigned seed);

#ifdef __USE_POSIX199506
int rand_r(unsigned *seedp);
#endif
#if defined(__USE_XOPEN) || defined(__USE_MISC)
long random(void);
void srandom(unsigned seed);
char *initstate(unsigned seed, char *state, size_t n);
char *setstate(char *state);
double drand48(void);
double erand48(unsigned short x[3]);
long lrand48(void);
long nrand48(unsigned short x[3]);
long mrand48(void);
long jrand48(unsigned short x[3]);
void srand48(long seed);
unsigned short *seed48(unsigned short seed[3]);
void lcong48(unsigned short param[7]);
#endif
#ifdef __USE_MISC
#include <alloca.h>
void *reallocarray(void *p, size_t n, size_t size);
char *mktemp(char *tmpl);
void *valloc(size_t n);
int getloadavg(double loadavg[], int nelem);
/* Random numbers from the library's generator (see <sys/random.h>);
 * unsigned int is uint32_t. */
unsigned int arc4random(void);
void arc4random_buf(void *buf, size_t n);
unsigned int arc4random_uniform(unsigned int upper_bound);
#endif
#ifdef __USE_GNU
char *secure_getenv(const char *name);
char *canonicalize_file_name(const char *path);
#endif

#ifdef __USE_XOPEN2K
int posix_memalign(void **out, size_t align, size_t n);
int setenv(const char *name, const char *value, int overwrite);
int unsetenv(const char *name);
#endif
#if defined(__USE_XOPEN) || defined(__USE_MISC)
int putenv(char *string);
char *realpath(const char *__restrict path, char *__restrict resolved);
#endif
#if defined(__USE_XOPEN) || defined(__USE_XOPEN2K8) || defined(__USE_MISC)
int mkstemp(char *tmpl);
#endif
#if defined(__USE_XOPEN2K8) || defined(__USE_MISC)
char *mkdtemp(char *tmpl);
#endif
#ifdef __USE_GNU
int mkostemp(char *tmpl, int flags);
#endif

#ifdef __cplusplus
}
#endif
#endif
