/* locks.h - the file server's file locks: POSIX record locks (fcntl)
 * owned by clients (processes) and flock locks owned by open file
 * descriptions; the two kinds never conflict with each other. */
#ifndef FSSERVER_LOCKS_H
#define FSSERVER_LOCKS_H

#include <fcntl.h>
#include <stdint.h>
#include "clients.h"

/* F_GETLK, F_SETLK or F_SETLKW for client c on description d (fl: the
 * client's struct flock, rewritten by F_GETLK).  F_SETLKW never blocks
 * the server: on a conflict it records c as waiting (for EDEADLK
 * detection) and answers -EAGAIN; the client sleeps and asks again. */
long lock_fcntl(struct client *c, struct desc *d, unsigned long cmd, struct flock *fl);
/* flock(2) operation op (LOCK_SH, LOCK_EX, LOCK_UN) on description d:
 * 0, or -EWOULDBLOCK on a conflict (the client decides whether to wait). */
long lock_flock(struct desc *d, unsigned long op);
/* c stopped waiting (interrupted by a signal). */
void lock_cancel(const struct client *c);
/* c closed a handle on inode ino: POSIX drops all c's locks on the file. */
void locks_closed(const struct client *c, uint32_t ino);
/* c's env ended: its record locks and its wait go. */
void locks_client_gone(const struct client *c);
/* The last handle of description d closed: its flock lock goes. */
void locks_desc_gone(const struct desc *d);

#endif
