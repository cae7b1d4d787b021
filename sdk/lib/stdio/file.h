/* file.h - the FILE object and the operations the stream functions share
 * (file.c: streams and modes, buffer.c: buffers, reading and flushing). */
#ifndef STDIO_FILE_H
#define STDIO_FILE_H

#include <stdio.h>

enum {
	S_READ = 1,        /* opened for reading */
	S_WRITE = 2,       /* opened for writing */
	S_EOF = 4,         /* end-of-file indicator */
	S_ERR = 8,         /* error indicator */
	S_OWN_BUF = 16,    /* buf was malloc'd here */
	S_STATIC = 32,     /* stdin, stdout, stderr: never freed */
	S_READING = 64,    /* the last operation was input (__freading) */
	S_WRITING = 128,   /* the last operation was output (__fwriting) */
};

#define UNGET_MAX 8
#define WUNGET_MAX 4

struct __file {
	int fd;
	int flags;
	int mode;                  /* _IOFBF, _IOLBF, _IONBF; -1 until the first I/O */
	unsigned char *buf;        /* NULL until the first I/O */
	size_t size;
	size_t rpos, rend;         /* unread input: buf[rpos..rend) */
	size_t wlen;               /* output not yet written: buf[0..wlen) */
	unsigned char ungot[UNGET_MAX];
	size_t nungot;             /* pushed-back bytes, last one on top */
	unsigned char tiny;        /* the buffer of an unbuffered stream */
	signed char orient;        /* fwide: 0 none yet, -1 bytes, 1 wide */
	unsigned char nwungot;     /* wide characters pushed back by ungetwc once */
	unsigned wungot[WUNGET_MAX];   /* one with no byte form was, last on top */
	unsigned locks;            /* flockfile depth (one thread per process) */
	FILE *next;                /* every open stream, for fflush(NULL) */
};

/* Every open stream (linked by next), the standard ones included. */
extern FILE *__stdio_list;

/* Mode string to open(2) flags and S_READ/S_WRITE; -1 (EINVAL) if bad. */
int __stdio_parse_mode(const char *mode, int *oflags, int *sflags);
/* A stream on fd, linked into the list; NULL (ENOMEM) on failure. */
FILE *__stdio_new(int fd, int sflags);

/* Give f its buffer and mode on first use; -1 with S_ERR set if no memory. */
int __stdio_setup(FILE *f);
/* Write out the pending output; -1 with S_ERR set on error. */
int __stdio_flush_output(FILE *f);
/* Leave reading: forget the input read ahead, moving the descriptor back
 * over it when it can seek.  -1 if it cannot. */
int __stdio_drop_input(FILE *f);
/* One read(2) of up to n bytes into dst: how many, 0 at end of file
 * (S_EOF) or on error (S_ERR). */
size_t __stdio_read(FILE *f, void *dst, size_t n);
/* Refill the input buffer: 1, or 0 at end of file (S_EOF) or on error (S_ERR). */
int __stdio_fill(FILE *f);
/* Prepare f for reading or for writing; -1 (EBADF, S_ERR) if not open so. */
int __stdio_to_read(FILE *f);
int __stdio_to_write(FILE *f);
/* Buffered output of n bytes: how many were taken. */
size_t __stdio_write(FILE *f, const void *p, size_t n);
/* Flush every stream; called by exit(). */
void __stdio_flush_all(void);

#endif
