/* string.h - string and memory functions. */
#ifndef _STRING_H
#define _STRING_H

#include <features.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

void *memcpy(void *__restrict dst, const void *__restrict src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
void *memchr(const void *s, int c, size_t n);
size_t strlen(const char *s);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
char *strchr(const char *s, int c);
char *strrchr(const char *s, int c);
char *strcpy(char *__restrict dst, const char *__restrict src);
char *strncpy(char *__restrict dst, const char *__restrict src, size_t n);
char *strcat(char *__restrict dst, const char *__restrict src);
char *strncat(char *__restrict dst, const char *__restrict src, size_t n);
char *strstr(const char *haystack, const char *needle);
size_t strspn(const char *s, const char *accept);
char *strpbrk(const char *s, const char *accept);
char *strtok(char *__restrict s, const char *__restrict delim);
size_t strcspn(const char *s, const char *reject);
char *strerror(int err);
int strcoll(const char *a, const char *b);
size_t strxfrm(char *__restrict dst, const char *__restrict src, size_t n);

#ifdef __USE_POSIX
char *strtok_r(char *__restrict s, const char *__restrict delim, char **__restrict save);
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
#ifdef __USE_XOPEN2K8
char *stpcpy(char *__restrict dst, const char *__restrict src);
char *stpncpy(char *__restrict dst, const char *__restrict src, size_t n);
char *strsignal(int sig);
#endif
#ifdef __USE_MISC
size_t strlcpy(char *__restrict dst, const char *__restrict src, size_t size);
char *strsep(char **__restrict sp, const char *__restrict delim);
void explicit_bzero(void *s, size_t n);
#endif
#ifdef __USE_GNU
void *mempcpy(void *__restrict dst, const void *__restrict src, size_t n);
void *memrchr(const void *s, int c, size_t n);
void *rawmemchr(const void *s, int c);
char *strchrnul(const char *s, int c);
int strverscmp(const char *a, const char *b);
#endif
#ifdef __USE_GNU
/* glibc 2.32: a signal's name ("INT") and description, NULL for none. */
const char *sigabbrev_np(int sig);
const char *sigdescr_np(int sig);
#endif

#ifdef __cplusplus
}
#endif
#endif
