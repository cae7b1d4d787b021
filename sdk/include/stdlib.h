/* stdlib.h - general utilities (the part built so far). */
#ifndef _STDLIB_H
#define _STDLIB_H

#include <features.h>
#include <stddef.h>

typedef struct { int quot, rem; } div_t;
typedef struct { long quot, rem; } ldiv_t;
typedef struct { long long quot, rem; } lldiv_t;

#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1

void exit(int status) __attribute__((noreturn));
void _Exit(int status) __attribute__((noreturn));
void abort(void) __attribute__((noreturn));
int atexit(void (*fn)(void));
/* Run command with /bin/sh -c; system(NULL): is there a shell? */
int system(const char *command);
long strtol(const char *restrict s, char **restrict end, int base);
unsigned long strtoul(const char *restrict s, char **restrict end, int base);
long long strtoll(const char *restrict s, char **restrict end, int base);
unsigned long long strtoull(const char *restrict s, char **restrict end, int base);
float strtof(const char *restrict s, char **restrict end);
double strtod(const char *restrict s, char **restrict end);
long double strtold(const char *restrict s, char **restrict end);
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

#ifdef __USE_XOPEN2K
int posix_memalign(void **out, size_t align, size_t n);
int setenv(const char *name, const char *value, int overwrite);
int unsetenv(const char *name);
#endif
#if defined(__USE_XOPEN) || defined(__USE_MISC)
int putenv(char *string);
char *realpath(const char *restrict path, char *restrict resolved);
#endif
#if defined(__USE_XOPEN) || defined(__USE_XOPEN2K8) || defined(__USE_MISC)
int mkstemp(char *template);
#endif
#if defined(__USE_XOPEN2K8) || defined(__USE_MISC)
char *mkdtemp(char *template);
#endif
#ifdef __USE_GNU
int mkostemp(char *template, int flags);
#endif

#endif
