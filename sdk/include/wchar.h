/* wchar.h - wide characters and strings; the "C" locale is single-byte
 * ASCII, so bytes from 0x80 up do not convert (EILSEQ). */
#ifndef _WCHAR_H
#define _WCHAR_H

#include <features.h>
#include <stddef.h>
#ifdef __cplusplus
extern "C" {
#endif

#define __need_wint_t
#include <stddef.h>
#include <wctype.h>

/* FILE, as <stdio.h> names it. */
struct __file;

typedef struct {
	int __count;
	unsigned int __value;
} mbstate_t;

#define WCHAR_MIN    (-2147483647 - 1)   /* as <stdint.h> says */
#define WCHAR_MAX    2147483647

/* MB_CUR_MAX and the stdlib.h conversions (mblen, mbtowc, wctomb,
 * mbstowcs, wcstombs) are declared here as well as the C standard's
 * stdlib.h. */
#ifndef MB_CUR_MAX
#define MB_CUR_MAX ((size_t)1)
#endif

wint_t btowc(int c);
int wctob(wint_t wc);
int mbsinit(const mbstate_t *ps);
size_t mbrtowc(wchar_t *__restrict pwc, const char *__restrict s, size_t n, mbstate_t *__restrict ps);
size_t mbrlen(const char *__restrict s, size_t n, mbstate_t *__restrict ps);
size_t wcrtomb(char *__restrict s, wchar_t wc, mbstate_t *__restrict ps);
size_t mbsrtowcs(wchar_t *__restrict dst, const char **__restrict src, size_t n,
		 mbstate_t *__restrict ps);
size_t wcsrtombs(char *__restrict dst, const wchar_t **__restrict src, size_t n,
		 mbstate_t *__restrict ps);
int mblen(const char *s, size_t n);
int mbtowc(wchar_t *__restrict pwc, const char *__restrict s, size_t n);
int wctomb(char *s, wchar_t wc);
size_t mbstowcs(wchar_t *__restrict dst, const char *__restrict src, size_t n);
size_t wcstombs(char *__restrict dst, const wchar_t *__restrict src, size_t n);

size_t wcslen(const wchar_t *s);
wchar_t *wcscpy(wchar_t *__restrict dst, const wchar_t *__restrict src);
wchar_t *wcsncpy(wchar_t *__restrict dst, const wchar_t *__restrict src, size_t n);
wchar_t *wcscat(wchar_t *__restrict dst, const wchar_t *__restrict src);
int wcscmp(const wchar_t *a, const wchar_t *b);
int wcsncmp(const wchar_t *a, const wchar_t *b, size_t n);
wchar_t *wcschr(const wchar_t *s, wchar_t wc);
wchar_t *wcsrchr(const wchar_t *s, wchar_t wc);
wchar_t *wcsdup(const wchar_t *s);
wchar_t *wmemcpy(wchar_t *__restrict dst, const wchar_t *__restrict src, size_t n);
wchar_t *wmemmove(wchar_t *dst, const wchar_t *src, size_t n);
wchar_t *wmemset(wchar_t *dst, wchar_t wc, size_t n);
wchar_t *wmemchr(const wchar_t *s, wchar_t wc, size_t n);
int wmemcmp(const wchar_t *a, const wchar_t *b, size_t n);
int wcscoll(const wchar_t *a, const wchar_t *b);
size_t wcsxfrm(wchar_t *__restrict dst, const wchar_t *__restrict src, size_t n);

/* Wide stream I/O (in the "C" locale a character is one byte). */
int fwide(struct __file *f, int mode);
wint_t fgetwc(struct __file *f);
wint_t getwc(struct __file *f);
wint_t getwchar(void);
wint_t ungetwc(wint_t wc, struct __file *f);
wchar_t *fgetws(wchar_t *__restrict ws, int n, struct __file *__restrict f);
wint_t fputwc(wchar_t wc, struct __file *f);
wint_t putwc(wchar_t wc, struct __file *f);
wint_t putwchar(wchar_t wc);
int fputws(const wchar_t *__restrict ws, struct __file *__restrict f);
#ifdef __USE_GNU
wint_t fgetwc_unlocked(struct __file *f);
wint_t getwc_unlocked(struct __file *f);
wint_t getwchar_unlocked(void);
wint_t fputwc_unlocked(wchar_t wc, struct __file *f);
wint_t putwc_unlocked(wchar_t wc, struct __file *f);
wint_t putwchar_unlocked(wchar_t wc);
wchar_t *fgetws_unlocked(wchar_t *__restrict ws, int n, struct __file *__restrict f);
int fputws_unlocked(const wchar_t *__restrict ws, struct __file *__restrict f);
#endif

#ifdef __cplusplus
}
#endif
#endif
