/* wunlocked.c - the wide *_unlocked stdio functions of glibc: the same as
 * the locked ones (one thread per process, no stream locks). */
#define _GNU_SOURCE
#include <stdio.h>
#include <wchar.h>

wint_t fgetwc_unlocked(FILE *f) { return fgetwc(f); }
wint_t getwc_unlocked(FILE *f) { return fgetwc(f); }
wint_t getwchar_unlocked(void) { return fgetwc(stdin); }
wint_t fputwc_unlocked(wchar_t wc, FILE *f) { return fputwc(wc, f); }
wint_t putwc_unlocked(wchar_t wc, FILE *f) { return fputwc(wc, f); }
wint_t putwchar_unlocked(wchar_t wc) { return fputwc(wc, stdout); }

wchar_t *fgetws_unlocked(wchar_t *restrict ws, int n, FILE *restrict f)
{
	return fgetws(ws, n, f);
}

int fputws_unlocked(const wchar_t *restrict ws, FILE *restrict f)
{
	return fputws(ws, f);
}
