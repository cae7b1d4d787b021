/* ctype.h - character classes and case mapping in the "C" locale (ASCII;
 * bytes 128-255 belong to no class). */
#ifndef _CTYPE_H
#define _CTYPE_H

#include <features.h>

#ifdef __cplusplus
extern "C" {
#endif

int isalnum(int c);
int isalpha(int c);
int isblank(int c);
int iscntrl(int c);
int isdigit(int c);
int isgraph(int c);
int islower(int c);
int isprint(int c);
int ispunct(int c);
int isspace(int c);
int isupper(int c);
int isxdigit(int c);
int tolower(int c);
int toupper(int c);

#if defined(__USE_XOPEN) || defined(__USE_MISC)
int isascii(int c);
int toascii(int c);
#endif

#ifdef __cplusplus
}
#endif
#endif
