/* locks.c - file locks kept by the file server.
 *
 * Record locks (fcntl F_GETLK/F_SETLK/F_SETLKW) belong to a client, that
 * is a process: a child made by fork is a new client and inherits none.
 * A client's ranges on one file never overlap: setting a range first cuts
 * the owner's old ranges out of it (splitting one that spans it), then
 * adds the new range and merges it with adjacent ranges of the same type.
 * They go when the owner closes any handle on the file (POSIX's rule) and
 * when its env ends (clients_collect).
 *
 * flock locks belong to an open file description (shared by dup and
 * fork) and go with its last handle.  The two kinds are independent, as
 * on Linux.
 *
 * Waiting, and why this way: the server answers one request at a time and
 * must never block, and a caller whose request we took cannot be cut
 * short by a signal (kernel/ipc.c, commit 137598f), so a reply held back
 * until the lock frees would make F_SETLKW deaf to signals.  Instead a
 * conflicting F_SETLKW (or blocking flock) is answered -EAGAIN at once;
 * the client sleeps a tick (nanosleep, which a signal cuts short: EINTR)
 * and asks again.  For fcntl the server keeps one wait record per client
 * (what it asked for) so that EDEADLK can be found: before answering
 * -EAGAIN we follow owners that block us, the locks they wait for, the
 * owners blocking those, ... and a path back to ourselves is a deadlock
 * (a cycle of any length).  The wait record goes when the client gets its
 * lock, asks for anything else lock-wise, cancels (FS_REQ_LKCANCEL after
 * EINTR) or ends; records of dead envs are ignored.  Nothing is queued,
 * so a killed waiter leaves nothing behind, and no lock is granted to a
 * client that is not asking.  The price: a waiter sees a freed lock up to
 * a tick late, and there is no FIFO fairness between waiters.
 *
 * Holders that ended but are not collected yet still hold their locks:
 * a conflict first collects ended clients (clients_collect) and looks
 * again, so a SIGKILLed holder's locks free at the waiter's next try. */
#include <exov6/errno.h>
#include <exov6/syscall.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>
#include "ext2.h"
#include "locks.h"

#define MAX_PLOCKS 4096                 /* record-lock ranges in all */
#define OFF_END INT64_MAX               /* "to the end of the file and beyond" */

struct plock {
	uint32_t ino;
	int16_t owner;                  /* client slot, -1: free */
	short type;                     /* F_RDLCK or F_WRLCK */
	exov6_envid_t env;              /* the owner's env: F_GETLK's l_pid */
	int64_t start, end;             /* inclusive */
};

struct pwait {
	uint32_t ino;                   /* 0: not waiting */
	short type;
	exov6_envid_t env;
	int64_t start, end;
};

struct flk {
	uint32_t ino;
	short type;                     /* LOCK_SH or LOCK_EX, 0: none */
};

static struct plock plocks[MAX_PLOCKS];
static struct pwait waits[MAX_CLIENTS];
static struct flk flks[MAX_DESCS];
static int plocks_ready;

static void plocks_init(void)
{
	if (!plocks_ready) {
		for (int i = 0; i < MAX_PLOCKS; i++)
			plocks[i].owner = -1;
		plocks_ready = 1;
	}
}

static int overlap(int64_t s1, int64_t e1, int64_t s2, int64_t e2)
{
	return s1 <= e2 && s2 <= e1;
}

/* The conflicting lock of another owner than `owner` over [s, e] of ino
 * that starts first (F_GETLK's answer, as Linux's sorted list gives),
 * -1 if none. */
static int conflict(int owner, uint32_t ino, short type, int64_t s, int64_t e)
{
	int best = -1;
	for (int i = 0; i < MAX_PLOCKS; i++) {
		struct plock *p = &plocks[i];
		if (p->owner >= 0 && p->owner != owner && p->ino == ino &&
		    (p->type == F_WRLCK || type == F_WRLCK) && overlap(p->start, p->end, s, e) &&
		    (best < 0 || p->start < plocks[best].start))
			best = i;
	}
	return best;
}

static int env_alive(exov6_envid_t env)
{
	return env > 0 && exov6_sys_env_parent(env) >= 0;
}

/* Is there a chain me waits for -> owner of a conflicting lock -> the
 * lock that owner waits for -> ... that leads back to me?  A depth-first
 * walk over owners, each visited once. */
static int deadlock(int me)
{
	static uint8_t seen[MAX_CLIENTS];
	static int16_t stack[MAX_CLIENTS];
	memset(seen, 0, sizeof seen);
	int top = 0;
	stack[top++] = (int16_t)me;
	seen[me] = 1;
	while (top > 0) {
		int x = stack[--top];
		const struct pwait *w = &waits[x];
		if (!w->ino || (x != me && !env_alive(w->env)))
			continue;
		for (int i = 0; i < MAX_PLOCKS; i++) {
			const struct plock *p = &plocks[i];
			if (p->owner < 0 || p->owner == x || p->ino != w->ino ||
			    !(p->type == F_WRLCK || w->type == F_WRLCK) ||
			    !overlap(p->start, p->end, w->start, w->end))
				continue;
			if (p->owner == me)
				return 1;
			if (!seen[p->owner]) {
				seen[p->owner] = 1;
				stack[top++] = p->owner;
			}
		}
	}
	return 0;
}

static int free_plocks(void)
{
	int n = 0;
	for (int i = 0; i < MAX_PLOCKS; i++)
		n += plocks[i].owner < 0;
	return n;
}

static int plock_new(int owner, exov6_envid_t env, uint32_t ino, short type, int64_t s, int64_t e)
{
	for (int i = 0; i < MAX_PLOCKS; i++)
		if (plocks[i].owner < 0) {
			plocks[i] = (struct plock){ ino, (int16_t)owner, type, env, s, e };
			return i;
		}
	return -1;
}

/* Set owner's lock over [s, e] of ino to type (F_UNLCK: none there). */
static long set_range(int owner, exov6_envid_t env, uint32_t ino, short type, int64_t s, int64_t e)
{
	if (free_plocks() < 2)
		return -ENOLCK;         /* room for a split and the new range */
	for (int i = 0; i < MAX_PLOCKS; i++) {
		struct plock *p = &plocks[i];
		if (p->owner != owner || p->ino != ino || !overlap(p->start, p->end, s, e))
			continue;
		if (p->start < s && p->end > e) {
			plock_new(owner, env, ino, p->type, e + 1, p->end);
			p->end = s - 1;
		} else if (p->start < s) {
			p->end = s - 1;
		} else if (p->end > e) {
			p->start = e + 1;
		} else {
			p->owner = -1;
		}
	}
	if (type == F_UNLCK)
		return 0;
	int n = plock_new(owner, env, ino, type, s, e);
	for (int merged = 1; merged;) {
		merged = 0;
		struct plock *q = &plocks[n];
		for (int i = 0; i < MAX_PLOCKS; i++) {
			struct plock *p = &plocks[i];
			if (i == n || p->owner != owner || p->ino != ino || p->type != type)
				continue;
			if ((q->end != OFF_END && p->start == q->end + 1) ||
			    (p->end != OFF_END && p->end + 1 == q->start)) {
				q->start = p->start < q->start ? p->start : q->start;
				q->end = p->end > q->end ? p->end : q->end;
				p->owner = -1;
				merged = 1;
			}
		}
	}
	return 0;
}

/* The range fl names on d: [*s, *e], or -errno. */
static long range_of(const struct desc *d, const struct flock *fl, int64_t *s, int64_t *e)
{
	int64_t base;
	switch (fl->l_whence) {
	case SEEK_SET: base = 0; break;
	case SEEK_CUR: base = (int64_t)d->off; break;
	case SEEK_END: {
		struct ext2_attr a;
		int r = ext2_getattr(d->ino, &a);
		if (r)
			return r;
		base = (int64_t)a.size;
		break;
	}
	default: return -EINVAL;
	}
	int64_t start, len = fl->l_len;
	if (__builtin_add_overflow(base, (int64_t)fl->l_start, &start))
		return -EOVERFLOW;
	if (len > 0) {
		if (__builtin_add_overflow(start, len - 1, e))
			return -EOVERFLOW;
	} else if (len == 0) {
		*e = OFF_END;
	} else {
		*e = start - 1;
		if (__builtin_add_overflow(start, len, &start))
			return -EINVAL;
	}
	if (start < 0)
		return -EINVAL;
	*s = start;
	return 0;
}

long lock_fcntl(struct client *c, struct desc *d, unsigned long cmd, struct flock *fl)
{
	plocks_init();
	int me = client_slot(c);
	short type = fl->l_type;
	if (cmd != F_GETLK && cmd != F_SETLK && cmd != F_SETLKW)
		return -EINVAL;
	if (type != F_RDLCK && type != F_WRLCK && type != F_UNLCK)
		return -EINVAL;
	int64_t s, e;
	long r = range_of(d, fl, &s, &e);
	if (r)
		return r;
	waits[me].ino = 0;
	if (cmd == F_GETLK) {
		if (type == F_UNLCK)
			return -EINVAL;
		int i = conflict(me, d->ino, type, s, e);
		if (i >= 0 && !env_alive(plocks[i].env)) {
			clients_collect();
			i = conflict(me, d->ino, type, s, e);
		}
		if (i < 0) {
			fl->l_type = F_UNLCK;
			return 0;
		}
		const struct plock *p = &plocks[i];
		fl->l_type = p->type;
		fl->l_whence = SEEK_SET;
		fl->l_start = p->start;
		fl->l_len = p->end == OFF_END ? 0 : p->end - p->start + 1;
		fl->l_pid = (pid_t)p->env;
		return 0;
	}
	int acc = d->flags & O_ACCMODE;
	if ((type == F_RDLCK && acc == O_WRONLY) || (type == F_WRLCK && acc == O_RDONLY))
		return -EBADF;
	if (type != F_UNLCK) {
		int i = conflict(me, d->ino, type, s, e);
		if (i >= 0) {
			clients_collect();      /* the holder may have ended */
			i = conflict(me, d->ino, type, s, e);
		}
		if (i >= 0) {
			if (cmd == F_SETLK)
				return -EAGAIN;
			waits[me] = (struct pwait){ d->ino, type, c->env, s, e };
			if (deadlock(me)) {
				waits[me].ino = 0;
				return -EDEADLK;
			}
			return -EAGAIN;
		}
	}
	return set_range(me, c->env, d->ino, type, s, e);
}

long lock_flock(struct desc *d, unsigned long op)
{
	int me = desc_slot(d);
	if (op == LOCK_UN) {
		flks[me].type = 0;
		return 0;
	}
	if (op != LOCK_SH && op != LOCK_EX)
		return -EINVAL;
	/* As on Linux, a conversion drops the old lock before it looks for
	 * conflicts (so a refused one leaves no lock). */
	flks[me].type = 0;
	for (int pass = 0; pass < 2; pass++) {
		int busy = 0;
		for (int i = 0; i < MAX_DESCS && !busy; i++)
			busy = i != me && flks[i].type && flks[i].ino == d->ino &&
			       (flks[i].type == LOCK_EX || op == LOCK_EX);
		if (!busy) {
			flks[me] = (struct flk){ d->ino, (short)op };
			return 0;
		}
		if (pass == 0)
			clients_collect();      /* the holders may have ended */
	}
	return -EWOULDBLOCK;
}

void lock_cancel(const struct client *c)
{
	waits[client_slot(c)].ino = 0;
}

void locks_closed(const struct client *c, uint32_t ino)
{
	int me = client_slot(c);
	if (!plocks_ready)
		return;
	for (int i = 0; i < MAX_PLOCKS; i++)
		if (plocks[i].owner == me && plocks[i].ino == ino)
			plocks[i].owner = -1;
}

void locks_client_gone(const struct client *c)
{
	int me = client_slot(c);
	waits[me].ino = 0;
	if (!plocks_ready)
		return;
	for (int i = 0; i < MAX_PLOCKS; i++)
		if (plocks[i].owner == me)
			plocks[i].owner = -1;
}

void locks_desc_gone(const struct desc *d)
{
	flks[desc_slot(d)].type = 0;
}
