/* string.h - the few memory and string routines the kernel uses. */
#ifndef KERNEL_STRING_H
#define KERNEL_STRING_H

#include <stddef.h>

void *memset(void *dst, int c, size_t n);
void *memcpy(void *dst, const void *src, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);
size_t strnlen(const char *s, size_t max);
size_t strcspn(const char *s, const char *reject);
size_t strlcpy(char *dst, const char *src, size_t size);

#endif
