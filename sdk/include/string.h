/* string.h - string and memory functions. */
#ifndef _STRING_H
#define _STRING_H

#include <features.h>
#include <stddef.h>

void *memcpy(void *restrict dst, const void *restrict src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
void *memchr(const void *s, int c, size_t n);
size_t strlen(const char *s);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
char *strchr(const char *s, int c);
char *strrchr(const char *s, int c);
char *strcpy(char *restrict dst, const char *restrict src);
char *strncpy(char *restrict dst, const char *restrict src, size_t n);
char *strcat(char *restrict dst, const char *restrict src);
char *strncat(char *restrict dst, const char *restrict src, size_t n);
char *strstr(const char *haystack, const char *needle);
size_t strspn(const char *s, const char *accept);
char *strpbrk(const char *s, const char *accept);
char *strtok(char *restrict s, const char *restrict delim);
size_t strcspn(const char *s, const char *reject);
char *strerror(int err);

#ifdef __USE_POSIX
char *strtok_r(char *restrict s, const char *restrict delim, char **restrict save);
#endif
#if defined(__USE_XOPEN2K8) || defined(__USE_XOPEN) || defined(__USE_MISC)
char *strdup(const char *s);
#endif
#ifdef __USE_XOPEN2K8
char *strndup(const char *s, size_t max);
size_t strnlen(const char *s, size_t max);
#endif
#ifdef __USE_XOPEN2K
int strerror_r(int err, char *buf, size_t size);
#endif
#ifdef __USE_MISC
size_t strlcpy(char *restrict dst, const char *restrict src, size_t size);
#endif
#ifdef __USE_GNU
/* glibc 2.32: a signal's name ("INT") and description, NULL for none. */
const char *sigabbrev_np(int sig);
const char *sigdescr_np(int sig);
#endif

#endif
