/* unistd.h - POSIX system interface. */
#ifndef _UNISTD_H
#define _UNISTD_H

#include <features.h>
#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

/* POSIX.1-2008, with the options exov6 has (glibc's values); an option it
 * lacks is not defined, and sysconf answers -1 for it. */
#define _POSIX_VERSION 200809L
#define _POSIX2_C_BIND 200809L
#define _POSIX_CHOWN_RESTRICTED 0       /* per file: pathconf says 1 */
#define _POSIX_NO_TRUNC 1
#define _POSIX_VDISABLE '\0'
#define _POSIX_SAVED_IDS 1
#define _POSIX_JOB_CONTROL 1
#define _POSIX_REGEXP 1
#define _POSIX_FSYNC 200809L
#define _POSIX_MEMORY_PROTECTION 200809L
#define _POSIX_MONOTONIC_CLOCK 200809L
/* The compilation environment: LP64 with a 64-bit off_t, only. */
#define _POSIX_V7_LP64_OFF64 1
#define _POSIX_V6_LP64_OFF64 1
#define _XBS5_LP64_OFF64 1
#define _POSIX_V7_LPBIG_OFFBIG (-1)
#define _POSIX_V6_LPBIG_OFFBIG (-1)
#define _XBS5_LPBIG_OFFBIG (-1)
#define _POSIX_V7_ILP32_OFF32 (-1)
#define _POSIX_V6_ILP32_OFF32 (-1)
#define _XBS5_ILP32_OFF32 (-1)
#define _POSIX_V7_ILP32_OFFBIG (-1)
#define _POSIX_V6_ILP32_OFFBIG (-1)
#define _XBS5_ILP32_OFFBIG (-1)

#include <bits/confname.h>

#define STDIN_FILENO  0
#define STDOUT_FILENO 1
#define STDERR_FILENO 2

#define F_OK 0
#define X_OK 1
#define W_OK 2
#define R_OK 4

#ifndef SEEK_SET
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
#endif

extern char **environ;

ssize_t read(int fd, void *buf, size_t n);
ssize_t pread(int fd, void *buf, size_t n, off_t off);
ssize_t pwrite(int fd, const void *buf, size_t n, off_t off);
int close(int fd);
off_t lseek(int fd, off_t off, int whence);
int dup(int fd);
int dup2(int fd, int newfd);
int dup3(int fd, int newfd, int flags);
int pipe(int fds[2]);
int pipe2(int fds[2], int flags);
int isatty(int fd);
int unlink(const char *path);
int rmdir(const char *path);
int link(const char *existing, const char *newpath);
int symlink(const char *target, const char *linkpath);
ssize_t readlink(const char *__restrict path, char *__restrict buf, size_t size);
int chdir(const char *path);
int fchdir(int fd);
char *getcwd(char *buf, size_t size);
int access(const char *path, int amode);
int truncate(const char *path, off_t len);
int ftruncate(int fd, off_t len);
int fsync(int fd);
int fdatasync(int fd);
void sync(void);
int execvp(const char *file, char *const argv[]);
int execl(const char *path, const char *arg0, ...);
int execlp(const char *file, const char *arg0, ...);
int execle(const char *path, const char *arg0, ...);

ssize_t write(int fd, const void *buf, size_t n);
void _exit(int status) __attribute__((noreturn));
pid_t fork(void);
pid_t getpid(void);
pid_t getppid(void);
int setpgid(pid_t pid, pid_t pgid);
pid_t getpgid(pid_t pid);
pid_t getpgrp(void);
pid_t setsid(void);
pid_t getsid(pid_t pid);
pid_t tcgetpgrp(int fd);
int tcsetpgrp(int fd, pid_t pgrp);
#ifdef __USE_MISC
int setpgrp(void);
#endif
int execve(const char *path, char *const argv[], char *const envp[]);
int execv(const char *path, char *const argv[]);
uid_t getuid(void);
uid_t geteuid(void);
gid_t getgid(void);
gid_t getegid(void);
/* One user, root: ids other than 0 are refused (EPERM). */
int setuid(uid_t uid);
int setgid(gid_t gid);
int getgroups(int size, gid_t list[]);
char *getlogin(void);
char *ttyname(int fd);
#ifdef __USE_POSIX199506
int getlogin_r(char *buf, size_t size);
int ttyname_r(int fd, char *buf, size_t size);
#endif
#ifdef __USE_XOPEN2K
int seteuid(uid_t uid);
int setegid(gid_t gid);
#endif
#if defined(__USE_MISC) || defined(__USE_XOPEN_EXTENDED)
int setreuid(uid_t ruid, uid_t euid);
int setregid(gid_t rgid, gid_t egid);
#endif
#ifdef __USE_GNU
int getresuid(uid_t *ruid, uid_t *euid, uid_t *suid);
int getresgid(gid_t *rgid, gid_t *egid, gid_t *sgid);
int setresuid(uid_t ruid, uid_t euid, uid_t suid);
int setresgid(gid_t rgid, gid_t egid, gid_t sgid);
#endif
unsigned sleep(unsigned seconds);
int usleep(useconds_t usec);
unsigned alarm(unsigned seconds);
int pause(void);
#ifdef __USE_MISC
useconds_t ualarm(useconds_t value, useconds_t interval);
#endif
#if defined(__USE_MISC) || defined(__USE_XOPEN_EXTENDED)
/* vfork is fork (POSIX allows it; the child's pages are copy-on-write). */
pid_t vfork(void);
#endif

long sysconf(int name);
long pathconf(const char *path, int name);
long fpathconf(int fd, int name);
#ifdef __USE_POSIX2
size_t confstr(int name, char *buf, size_t size);
#endif
#ifdef __USE_MISC
int getpagesize(void);
int getdtablesize(void);
int getentropy(void *buf, size_t n);
#endif

#ifdef __USE_POSIX2
extern char *optarg;
extern int optind, opterr, optopt;
int getopt(int argc, char *const argv[], const char *optstring);
#endif

#ifdef __cplusplus
}
#endif
#endif
