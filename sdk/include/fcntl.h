/* fcntl.h - file control: open flags (the Linux values) and fcntl. */
#ifndef _FCNTL_H
#define _FCNTL_H

#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

#define O_ACCMODE   0003
#define O_RDONLY    00
#define O_WRONLY    01
#define O_RDWR      02
#define O_CREAT     0100
#define O_EXCL      0200
#define O_NOCTTY    0400
#define O_TRUNC     01000
#define O_APPEND    02000
#define O_NONBLOCK  04000
#define O_NDELAY    O_NONBLOCK
#define O_DSYNC     010000
#define O_SYNC      04010000
#define O_DIRECTORY 0200000
#define O_NOFOLLOW  0400000
#define O_CLOEXEC   02000000

#define F_DUPFD 0
#define F_GETFD 1
#define F_SETFD 2
#define F_GETFL 3
#define F_SETFL 4
#define F_DUPFD_CLOEXEC 1030
#define FD_CLOEXEC 1

/* POSIX record locks.  The file server keeps no locks yet: F_GETLK,
 * F_SETLK and F_SETLKW fail with ENOLCK on an open descriptor. */
#define F_GETLK  5
#define F_SETLK  6
#define F_SETLKW 7
#define F_RDLCK  0
#define F_WRLCK  1
#define F_UNLCK  2

struct flock {
	short l_type;           /* F_RDLCK, F_WRLCK or F_UNLCK */
	short l_whence;         /* SEEK_SET, SEEK_CUR or SEEK_END */
	off_t l_start;
	off_t l_len;            /* 0: to the end of the file, however long */
	pid_t l_pid;            /* F_GETLK: the holder */
};

#define AT_FDCWD (-100)

#ifndef SEEK_SET
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
#endif

int open(const char *path, int flags, ...);
int creat(const char *path, mode_t mode);
int fcntl(int fd, int cmd, ...);

#ifdef __cplusplus
}
#endif
#endif
