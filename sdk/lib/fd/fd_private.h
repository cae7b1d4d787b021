/* fd_private.h - the fd layer's shared declarations: the per-process fd
 * table at ULIBOS_FD, the file-server client, pipes and the console. */
#ifndef FD_PRIVATE_H
#define FD_PRIVATE_H

#include <exov6/env.h>
#include <exov6/fs_protocol.h>
#include <exov6/layout.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#define FD_MAX 128
#define FD_TABLE_MAGIC 0x65786f66u

enum fd_type { FD_NONE, FD_FILE, FD_CONSOLE, FD_NULL, FD_PIPE_R, FD_PIPE_W, FD_SOCK };

struct fd {
	uint8_t type;
	uint8_t cloexec;
	int flags;                      /* O_ACCMODE | O_NONBLOCK (non-file types) */
	long handle;                    /* FD_FILE: the server's handle; FD_SOCK: the
					 * send pipe's address | __LIBOS_SOCK_* bits */
	unsigned long pipe;             /* FD_PIPE_*: the pipe's address; FD_SOCK: the
					 * receive pipe's */
};

struct fd_table {
	uint32_t magic;
	exov6_envid_t fs_server;        /* 0: none (programs run bare) */
	mode_t umask;
	struct fd fd[FD_MAX];
};

/* The table, made on first use (console on 0, 1, 2). */
struct fd_table *__fd_table(void);
/* The open fd, or NULL with errno EBADF. */
struct fd *__fd_get(int fd);
/* The lowest free fd >= min, or -1 with errno EMFILE. */
int __fd_alloc(int min);
/* Drop what fd holds (server handle, pipe end) and free it. */
int __fd_release(struct fd *f);
/* Set errno from a negative result and return -1; else return r. */
long __fd_result(long r);

/* File-server calls: w[0] = FS_MSG(op, handle).  The result, or -errno
 * (-ENOSYS when there is no file server). */
long __fs_call(unsigned op, long handle, unsigned long w1, unsigned long w2);
/* Grant this env's buffer to the server, once (fork leaves the child
 * none).  0 or -errno. */
long __fs_attach(void);
/* The client buffer: valid after __fs_attach or any call. */
char *__fs_buf(void);
/* Put path (and path2 when not NULL) into the buffer; -ENAMETOOLONG. */
int __fs_put_paths(const char *path, const char *path2);
/* Calls naming a path: __fs_put_paths then __fs_call. */
long __fs_path_call(unsigned op, const char *path, const char *path2, unsigned long w1,
		    unsigned long w2);

/* Pipes (pipe.c). */
long __pipe_read(struct fd *f, void *buf, size_t n);
long __pipe_write(struct fd *f, const void *buf, size_t n);
/* Count env as holding one more (delta 1) or fewer (-1) of fd's end. */
void __pipe_hold(const struct fd *f, exov6_envid_t env, int delta);
/* poll: 1 when the end would not block. */
int __pipe_ready(const struct fd *f);
/* read, or with peek look without consuming. */
long __pipe_recv(struct fd *f, void *buf, size_t n, int peek);
/* How many envs hold the other end. */
int __pipe_peers(const struct fd *f);
/* In a (temporary) pipe end's flags: EPIPE without SIGPIPE. */
#define __LIBOS_O_NOSIGNAL 0x40000000

/* AF_UNIX sockets (socket.c): a pair of pipes, one per direction. */
#define __LIBOS_SOCK_DGRAM 0x1          /* message boundaries kept */
#define __LIBOS_SOCK_SHUT_RD 0x2
#define __LIBOS_SOCK_SHUT_WR 0x4        /* the send end is let go */
#define __LIBOS_SOCK_BITS 0xfffl
/* The pipe ends descriptor f holds, as pipe-end descriptors (a pipe end:
 * itself; a socket: its receive end and, unless shut, its send end).
 * Returns how many (0..2). */
int __fd_pipe_ends(const struct fd *f, struct fd ends[2]);
long __sock_read(struct fd *f, void *buf, size_t n, int flags);
long __sock_write(struct fd *f, const void *buf, size_t n, int flags);
/* poll: POLLIN/POLLOUT/POLLHUP bits of the socket. */
short __sock_events(const struct fd *f);

/* Console (console.c). */
long __console_read(struct fd *f, void *buf, size_t n);
long __console_write(const void *buf, size_t n);
int __console_ready(void);

/* Pass our descriptors to a new image: env is a stopped child that will
 * become us (exec: close-on-exec descriptors are closed here) or a new
 * process (spawn: it gets its own references). */
int __fd_pass(exov6_envid_t env, int exec);
/* fork: the child shares our descriptions. */
int __fd_fork(exov6_envid_t child);

#endif
