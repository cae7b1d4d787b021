/* greet.h - libgreet: greetings, counted. */
#ifndef GREET_H
#define GREET_H
#include <stddef.h>
#ifdef __cplusplus
extern "C" {
#endif
#define GREET_VERSION "1.2"
/* Write "Hello, NAME!" into BUF (SIZE bytes); returns the length it needs. */
int greet_format(char *buf, size_t size, const char *name);
/* How many greetings greet_format has made. */
unsigned greet_count(void);
#ifdef __cplusplus
}
#endif
#endif
