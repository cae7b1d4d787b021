/* wctype.h - wide character classes and case mapping in the "C" locale
 * (ASCII; wide characters from 128 up belong to no class). */
#ifndef _WCTYPE_H
#define _WCTYPE_H

#include <stddef.h>
#ifdef __cplusplus
extern "C" {
#endif

#define __need_wint_t
#include <stddef.h>

#ifndef WEOF
#define WEOF ((wint_t)0xffffffffu)
#endif

typedef unsigned long wctype_t;

int iswalnum(wint_t wc);
int iswalpha(wint_t wc);
int iswblank(wint_t wc);
int iswcntrl(wint_t wc);
int iswdigit(wint_t wc);
int iswgraph(wint_t wc);
int iswlower(wint_t wc);
int iswprint(wint_t wc);
int iswpunct(wint_t wc);
int iswspace(wint_t wc);
int iswupper(wint_t wc);
int iswxdigit(wint_t wc);
wint_t towlower(wint_t wc);
wint_t towupper(wint_t wc);
wctype_t wctype(const char *name);
int iswctype(wint_t wc, wctype_t desc);

#ifdef __cplusplus
}
#endif
#endif
