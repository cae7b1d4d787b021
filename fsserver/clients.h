/* clients.h - the file server's per-client state: the shared buffer, the
 * working directory and the handles naming open file descriptions. */
#ifndef FSSERVER_CLIENTS_H
#define FSSERVER_CLIENTS_H

#include <exov6/env.h>
#include <exov6/fs_protocol.h>
#include <stdint.h>

/* The limits and their reasons: the comment at the top of clients.c. */
#define MAX_CLIENTS 1024                /* the kernel's NENV: every env */
#define MAX_HANDLES 256                 /* per client */
#define MAX_DESCS 2048                  /* shared out by process tree */

/* An open file description: what handles of any client share. */
struct desc {
	uint32_t ino;
	uint32_t refs;                  /* 0: free */
	int flags;                      /* O_ACCMODE | O_APPEND | O_NONBLOCK */
	uint64_t off;                   /* file offset, or readdir position */
	int16_t owner;                  /* the tree node it is charged to, -1: none */
};

struct client {
	exov6_envid_t env;              /* 0: free slot */
	int16_t node;                   /* its place in the tree of shares (clients.c) */
	uint32_t attached;              /* bit i: buffer page i granted */
	uint32_t cwd;
	int16_t handle[MAX_HANDLES];    /* index into the descriptions, -1: none */
};

/* The client record for env, made if needed (NULL when the table is full
 * even after collecting dead clients). */
struct client *client_get(exov6_envid_t env);
/* The client's shared buffer in our address space. */
char *client_buf(const struct client *c);
/* Take a granted page (at the IPC window) as page `index` of c's buffer. */
int client_attach(struct client *c, unsigned long index, unsigned long perm);
int client_buf_ready(const struct client *c);
/* Give a new client for env child_id c's directory and copies of the n
 * listed handles of c (the same numbers).  Only the child's parent may:
 * -EPERM for anyone else, -ESRCH when child_id names no live env. */
int client_fork(struct client *c, unsigned long child_id, const long *handles, unsigned long n);
/* Handles. */
struct desc *handle_desc(struct client *c, long h);
long handle_new(struct client *c, uint32_t ino, int flags);
long handle_dup(struct client *c, long h);
int handle_close(struct client *c, long h);
/* Slot numbers: the lock tables are indexed by them. */
int client_slot(const struct client *c);
int desc_slot(const struct desc *d);
/* Forget clients whose env has ended: close their handles, drop their
 * buffers and directories. */
void clients_collect(void);

/* Where granted pages land. */
#define FS_WINDOW_VA  0x7f000000ul

#endif
