/* unlocked.c - the *_unlocked stdio functions of POSIX (getc, getchar,
 * putc, putchar) and glibc (the rest): the same as the locked ones, since
 * a process has one thread and streams take no lock. */
#define _GNU_SOURCE
#include <stdio.h>
#include <wchar.h>

int getc_unlocked(FILE *f) { return fgetc(f); }
int getchar_unlocked(void) { return fgetc(stdin); }
int putc_unlocked(int c, FILE *f) { return fputc(c, f); }
int putchar_unlocked(int c) { return fputc(c, stdout); }
int fgetc_unlocked(FILE *f) { return fgetc(f); }
int fputc_unlocked(int c, FILE *f) { return fputc(c, f); }
void clearerr_unlocked(FILE *f) { clearerr(f); }
int feof_unlocked(FILE *f) { return feof(f); }
int ferror_unlocked(FILE *f) { return ferror(f); }
int fileno_unlocked(FILE *f) { return fileno(f); }
int fflush_unlocked(FILE *f) { return fflush(f); }

char *fgets_unlocked(char *restrict s, int n, FILE *restrict f)
{
	return fgets(s, n, f);
}

int fputs_unlocked(const char *restrict s, FILE *restrict f)
{
	return fputs(s, f);
}

size_t fread_unlocked(void *restrict p, size_t size, size_t n, FILE *restrict f)
{
	return fread(p, size, n, f);
}

size_t fwrite_unlocked(const void *restrict p, size_t size, size_t n, FILE *restrict f)
{
	return fwrite(p, size, n, f);
}
