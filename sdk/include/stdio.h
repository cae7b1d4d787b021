/* stdio.h - standard input/output: FILE streams over file descriptors,
 * the printf family and the scanf family.  POSIX and GNU names only when
 * the feature-test macros ask for them (features.h). */
#ifndef _STDIO_H
#define _STDIO_H

#include <features.h>
#include <stdarg.h>
#include <stddef.h>
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

FILE *fopen(const char *restrict path, const char *restrict mode);
FILE *freopen(const char *restrict path, const char *restrict mode, FILE *restrict f);
int fclose(FILE *f);
int fflush(FILE *f);
FILE *tmpfile(void);
int setvbuf(FILE *restrict f, char *restrict buf, int mode, size_t size);
void setbuf(FILE *restrict f, char *restrict buf);
int feof(FILE *f);
int ferror(FILE *f);
void clearerr(FILE *f);

int fseek(FILE *f, long offset, int whence);
long ftell(FILE *f);
int fgetpos(FILE *restrict f, fpos_t *restrict pos);
int fsetpos(FILE *f, const fpos_t *pos);
void rewind(FILE *f);

int fgetc(FILE *f);
int getc(FILE *f);
int getchar(void);
int ungetc(int c, FILE *f);
char *fgets(char *restrict s, int n, FILE *restrict f);
size_t fread(void *restrict p, size_t size, size_t n, FILE *restrict f);
int fputc(int c, FILE *f);
int putc(int c, FILE *f);
int putchar(int c);
int fputs(const char *restrict s, FILE *restrict f);
int puts(const char *s);
size_t fwrite(const void *restrict p, size_t size, size_t n, FILE *restrict f);
void perror(const char *s);

int printf(const char *restrict fmt, ...) __attribute__((format(printf, 1, 2)));
int fprintf(FILE *restrict f, const char *restrict fmt, ...) __attribute__((format(printf, 2, 3)));
int sprintf(char *restrict buf, const char *restrict fmt, ...) __attribute__((format(printf, 2, 3)));
int snprintf(char *restrict buf, size_t size, const char *restrict fmt, ...)
	__attribute__((format(printf, 3, 4)));
int vprintf(const char *restrict fmt, va_list ap);
int vfprintf(FILE *restrict f, const char *restrict fmt, va_list ap);
int vsprintf(char *restrict buf, const char *restrict fmt, va_list ap);
int vsnprintf(char *restrict buf, size_t size, const char *restrict fmt, va_list ap);

int scanf(const char *restrict fmt, ...) __attribute__((format(scanf, 1, 2)));
int fscanf(FILE *restrict f, const char *restrict fmt, ...) __attribute__((format(scanf, 2, 3)));
int sscanf(const char *restrict s, const char *restrict fmt, ...) __attribute__((format(scanf, 2, 3)));
int vscanf(const char *restrict fmt, va_list ap);
int vfscanf(FILE *restrict f, const char *restrict fmt, va_list ap);
int vsscanf(const char *restrict s, const char *restrict fmt, va_list ap);

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
#ifdef __USE_XOPEN2K
int fseeko(FILE *f, off_t offset, int whence);
off_t ftello(FILE *f);
#endif
#ifdef __USE_XOPEN2K8
ssize_t getdelim(char **restrict line, size_t *restrict size, int delim, FILE *restrict f);
ssize_t getline(char **restrict line, size_t *restrict size, FILE *restrict f);
int dprintf(int fd, const char *restrict fmt, ...) __attribute__((format(printf, 2, 3)));
int vdprintf(int fd, const char *restrict fmt, va_list ap);
#endif
#ifdef __USE_GNU
int asprintf(char **restrict out, const char *restrict fmt, ...) __attribute__((format(printf, 2, 3)));
int vasprintf(char **restrict out, const char *restrict fmt, va_list ap);
#endif

#endif
