/* stdio.h - standard input/output: FILE streams over file descriptors,
 * the printf family and the scanf family.  POSIX and GNU names only when
 * the feature-test macros ask for them (features.h). */
#ifndef _STDIO_H
#define _STDIO_H

#include <features.h>
#include <stdarg.h>
#include <stddef.h>
#ifdef __cplusplus
extern "C" {
#endif

#ifdef __USE_POSIX
#include <sys/types.h>
#endif

#define EOF (-1)
#define BUFSIZ 4096
#define FILENAME_MAX 4096
#define FOPEN_MAX 16
#define TMP_MAX 238328
#define L_tmpnam 20
#if defined(__USE_XOPEN) || defined(__USE_MISC)
#define P_tmpdir "/tmp"
#endif

#define _IOFBF 0
#define _IOLBF 1
#define _IONBF 2

#ifndef SEEK_SET
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
#endif

typedef struct __file FILE;
typedef struct { long __offset; } fpos_t;

extern FILE *stdin, *stdout, *stderr;
#define stdin stdin
#define stdout stdout
#define stderr stderr

FILE *fopen(const char *__restrict path, const char *__restrict mode);
FILE *freopen(const char *__restrict path, const char *__restrict mode, FILE *__restrict f);
int fclose(FILE *f);
int fflush(FILE *f);
FILE *tmpfile(void);
char *tmpnam(char *s);
int setvbuf(FILE *__restrict f, char *__restrict buf, int mode, size_t size);
void setbuf(FILE *__restrict f, char *__restrict buf);
int feof(FILE *f);
int ferror(FILE *f);
void clearerr(FILE *f);

int fseek(FILE *f, long offset, int whence);
long ftell(FILE *f);
int fgetpos(FILE *__restrict f, fpos_t *__restrict pos);
int fsetpos(FILE *f, const fpos_t *pos);
void rewind(FILE *f);

int fgetc(FILE *f);
int getc(FILE *f);
int getchar(void);
int ungetc(int c, FILE *f);
char *fgets(char *__restrict s, int n, FILE *__restrict f);
size_t fread(void *__restrict p, size_t size, size_t n, FILE *__restrict f);
int fputc(int c, FILE *f);
int putc(int c, FILE *f);
int putchar(int c);
int fputs(const char *__restrict s, FILE *__restrict f);
int puts(const char *s);
size_t fwrite(const void *__restrict p, size_t size, size_t n, FILE *__restrict f);
void perror(const char *s);

int printf(const char *__restrict fmt, ...) __attribute__((format(printf, 1, 2)));
int fprintf(FILE *__restrict f, const char *__restrict fmt, ...) __attribute__((format(printf, 2, 3)));
int sprintf(char *__restrict buf, const char *__restrict fmt, ...) __attribute__((format(printf, 2, 3)));
int snprintf(char *__restrict buf, size_t size, const char *__restrict fmt, ...)
	__attribute__((format(printf, 3, 4)));
int vprintf(const char *__restrict fmt, va_list ap);
int vfprintf(FILE *__restrict f, const char *__restrict fmt, va_list ap);
int vsprintf(char *__restrict buf, const char *__restrict fmt, va_list ap);
int vsnprintf(char *__restrict buf, size_t size, const char *__restrict fmt, va_list ap);

int scanf(const char *__restrict fmt, ...) __attribute__((format(scanf, 1, 2)));
int fscanf(FILE *__restrict f, const char *__restrict fmt, ...) __attribute__((format(scanf, 2, 3)));
int sscanf(const char *__restrict s, const char *__restrict fmt, ...) __attribute__((format(scanf, 2, 3)));
int vscanf(const char *__restrict fmt, va_list ap);
int vfscanf(FILE *__restrict f, const char *__restrict fmt, va_list ap);
int vsscanf(const char *__restrict s, const char *__restrict fmt, va_list ap);

int rename(const char *from, const char *to);
int remove(const char *path);
#ifdef __USE_POSIX2
/* A pipe to or from /bin/sh -c command (mode "r" or "w", 'e': close-on-exec). */
FILE *popen(const char *command, const char *mode);
int pclose(FILE *f);
#endif

#ifdef __USE_POSIX
FILE *fdopen(int fd, const char *mode);
int fileno(FILE *f);
#endif
#ifdef __USE_POSIX199506
/* Streams have no locks to take (one thread per process): flockfile
 * only counts, and the _unlocked functions are the plain ones. */
void flockfile(FILE *f);
int ftrylockfile(FILE *f);
void funlockfile(FILE *f);
int getc_unlocked(FILE *f);
int getchar_unlocked(void);
int putc_unlocked(int c, FILE *f);
int putchar_unlocked(int c);
#endif
#ifdef __USE_MISC
int fgetc_unlocked(FILE *f);
int fputc_unlocked(int c, FILE *f);
void clearerr_unlocked(FILE *f);
int feof_unlocked(FILE *f);
int ferror_unlocked(FILE *f);
int fileno_unlocked(FILE *f);
int fflush_unlocked(FILE *f);
size_t fread_unlocked(void *__restrict p, size_t size, size_t n, FILE *__restrict f);
size_t fwrite_unlocked(const void *__restrict p, size_t size, size_t n, FILE *__restrict f);
char *tmpnam_r(char *s);
int fpurge(FILE *f);
#endif
#if defined(__USE_MISC) || defined(__USE_XOPEN)
char *tempnam(const char *dir, const char *pfx);
#endif
#ifdef __USE_XOPEN2K
int fseeko(FILE *f, off_t offset, int whence);
off_t ftello(FILE *f);
#endif
#ifdef __USE_XOPEN2K8
ssize_t getdelim(char **__restrict line, size_t *__restrict size, int delim, FILE *__restrict f);
ssize_t getline(char **__restrict line, size_t *__restrict size, FILE *__restrict f);
int dprintf(int fd, const char *__restrict fmt, ...) __attribute__((format(printf, 2, 3)));
int vdprintf(int fd, const char *__restrict fmt, va_list ap);
#endif
#ifdef __USE_GNU
char *fgets_unlocked(char *__restrict s, int n, FILE *__restrict f);
int fputs_unlocked(const char *__restrict s, FILE *__restrict f);
int asprintf(char **__restrict out, const char *__restrict fmt, ...) __attribute__((format(printf, 2, 3)));
int vasprintf(char **__restrict out, const char *__restrict fmt, va_list ap);
#endif

#ifdef __cplusplus
}
#endif
#endif
