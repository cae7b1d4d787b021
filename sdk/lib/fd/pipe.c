/* pipe.c - pipes on shared pages.  A pipe is a UPIPE_SLOT-sized slot of
 * EXOV6_PTE_SHARE pages (so fork, exec and spawn share it): a header page and a
 * ring.  Ends are counted per holding env, so a reader sees end of file and
 * a writer EPIPE/SIGPIPE once every env holding the other end has closed
 * it or ended (killed envs are noticed by asking the kernel whether they
 * still exist).  Blocking waits on futex words the other side bumps, with
 * a short timeout for noticing ended peers.  A handler without SA_RESTART
 * ends a blocked read or write with EINTR (or the count written so far);
 * with SA_RESTART, or when no handler ran, the call goes on. */
#include <errno.h>
#include <exov6/syscall.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include "fd_private.h"
#include "../process/process_private.h"
#include "../signal/signal_private.h"

#define HOLDERS 64
#define RING (UPIPE_SLOT - EXOV6_PAGE_SIZE)
#define PIPE_BUF_ATOMIC 4096
#define RECHECK_NS 10000000ul

struct holder {
	exov6_envid_t env;
	uint32_t readers, writers;
};

struct pipe {
	uint32_t lock;
	uint32_t read_seq, write_seq;   /* futex words: bumped by reads / writes and closes */
	uint64_t head, tail;            /* bytes read / written so far */
	struct holder holders[HOLDERS];
};

static struct pipe *pipe_at(const struct fd *f)
{
	return (struct pipe *)f->pipe;
}

static char *ring(struct pipe *p)
{
	return (char *)p + EXOV6_PAGE_SIZE;
}

static void lock(struct pipe *p)
{
	while (__atomic_exchange_n(&p->lock, 1, __ATOMIC_ACQUIRE))
		exov6_sys_yield();
}

static void unlock(struct pipe *p)
{
	__atomic_store_n(&p->lock, 0, __ATOMIC_RELEASE);
}

static exov6_envid_t self(void)
{
	return exov6_sys_getenvid();
}

/* Holders of the other end that still exist (dead ones are forgotten). */
static int peers(struct pipe *p, int want_writers)
{
	int n = 0;
	for (int i = 0; i < HOLDERS; i++) {
		struct holder *h = &p->holders[i];
		if (!h->env || !(want_writers ? h->writers : h->readers))
			continue;
		if (h->env != self() && exov6_sys_env_parent(h->env) < 0)
			*h = (struct holder){ 0, 0, 0 };
		else
			n++;
	}
	return n;
}

void __pipe_hold(const struct fd *f, exov6_envid_t env, int delta)
{
	struct pipe *p = pipe_at(f);
	if (!env)
		env = self();
	lock(p);
	struct holder *h = 0, *free_slot = 0;
	for (int i = 0; i < HOLDERS && !h; i++) {
		if (p->holders[i].env == env)
			h = &p->holders[i];
		else if (!p->holders[i].env && !free_slot)
			free_slot = &p->holders[i];
	}
	if (!h && delta > 0 && free_slot) {
		h = free_slot;
		*h = (struct holder){ env, 0, 0 };
	}
	int let_go = 0;
	if (h) {
		uint32_t *count = f->type == FD_PIPE_R ? &h->readers : &h->writers;
		*count += (uint32_t)delta;
		if (!h->readers && !h->writers) {
			h->env = 0;
			let_go = env == self();
		}
	}
	/* Wake the other side: it may have lost its last peer. */
	p->read_seq++;
	p->write_seq++;
	unlock(p);
	exov6_sys_futex_wake(&p->read_seq, 1000);
	exov6_sys_futex_wake(&p->write_seq, 1000);
	/* This env holds no end any more: give the slot back. */
	if (let_go)
		for (unsigned long off = 0; off < UPIPE_SLOT; off += EXOV6_PAGE_SIZE)
			exov6_sys_page_unmap(0, f->pipe + off);
}

static unsigned long free_slot_va(void)
{
	for (unsigned long va = UPIPE_BASE; va < UPIPE_END; va += UPIPE_SLOT)
		if (!__libos_page_mapped(va))
			return va;
	return 0;
}

int pipe2(int fds[2], int flags)
{
	if (flags & ~(O_CLOEXEC | O_NONBLOCK))
		return (int)__fd_result(-EINVAL);
	int r = __fd_alloc(0);
	if (r < 0)
		return -1;
	struct fd *rf = &__fd_table()->fd[r];
	rf->type = FD_PIPE_R;   /* reserve it while we look for the second */
	int w = __fd_alloc(0);
	rf->type = FD_NONE;
	if (w < 0)
		return -1;
	unsigned long va = free_slot_va();
	if (!va)
		return (int)__fd_result(-ENFILE);
	for (unsigned long off = 0; off < UPIPE_SLOT; off += EXOV6_PAGE_SIZE) {
		long e = exov6_sys_page_alloc(0, va + off,
					      EXOV6_PTE_W | EXOV6_PTE_NX | EXOV6_PTE_SHARE);
		if (e < 0) {
			while (off)
				exov6_sys_page_unmap(0, va + (off -= EXOV6_PAGE_SIZE));
			return (int)__fd_result(e);
		}
	}
	struct fd_table *t = __fd_table();
	uint8_t cloexec = (flags & O_CLOEXEC) != 0;
	t->fd[r] = (struct fd){ FD_PIPE_R, cloexec, O_RDONLY | (flags & O_NONBLOCK), 0, va };
	t->fd[w] = (struct fd){ FD_PIPE_W, cloexec, O_WRONLY | (flags & O_NONBLOCK), 0, va };
	__pipe_hold(&t->fd[r], 0, 1);
	__pipe_hold(&t->fd[w], 0, 1);
	fds[0] = r;
	fds[1] = w;
	return 0;
}

int pipe(int fds[2])
{
	return pipe2(fds, 0);
}

/* Block until *word changes from seen, RECHECK_NS passes or a signal
 * comes; then, by SA_RESTART's rule, -EINTR if a handler without
 * SA_RESTART ran since the call began (m), whether during the wait or
 * before it, while the call was not done yet; else 0: go on. */
static long wait_on(uint32_t *word, uint32_t seen, struct __libos_sigmark m)
{
	exov6_sys_futex_wait(word, seen, RECHECK_NS);
	return __libos_interrupted(m) ? -EINTR : 0;
}

long __pipe_read(struct fd *f, void *buf, size_t n)
{
	return __pipe_recv(f, buf, n, 0);
}

long __pipe_recv(struct fd *f, void *buf, size_t n, int peek)
{
	struct pipe *p = pipe_at(f);
	struct __libos_sigmark m = __libos_restart_begin();
	for (;;) {
		lock(p);
		uint64_t avail = p->tail - p->head;
		if (avail) {
			size_t take = n < avail ? n : (size_t)avail;
			for (size_t done = 0; done < take;) {
				size_t at = (size_t)((p->head + done) % RING);
				size_t piece = take - done < RING - at ? take - done : RING - at;
				memcpy((char *)buf + done, ring(p) + at, piece);
				done += piece;
			}
			if (peek) {
				unlock(p);
				return (long)take;
			}
			p->head += take;
			p->read_seq++;
			unlock(p);
			exov6_sys_futex_wake(&p->read_seq, 1000);
			return (long)take;
		}
		int writers = peers(p, 1);
		uint32_t seen = p->write_seq;
		unlock(p);
		if (!writers)
			return 0;
		if (f->flags & O_NONBLOCK)
			return -EAGAIN;
		if (wait_on(&p->write_seq, seen, m))
			return -EINTR;
	}
}

long __pipe_write(struct fd *f, const void *buf, size_t n)
{
	struct pipe *p = pipe_at(f);
	struct __libos_sigmark m = __libos_restart_begin();
	size_t done = 0;
	while (done < n) {
		lock(p);
		if (!peers(p, 0)) {
			unlock(p);
			if (!(f->flags & __LIBOS_O_NOSIGNAL))
				raise(SIGPIPE);
			return done ? (long)done : -EPIPE;
		}
		uint64_t space = RING - (p->tail - p->head);
		size_t want = n - done;
		/* Writes of at most PIPE_BUF bytes go in whole. */
		if (space && (want > PIPE_BUF_ATOMIC || space >= want)) {
			size_t put = want < space ? want : (size_t)space;
			for (size_t k = 0; k < put;) {
				size_t at = (size_t)((p->tail + k) % RING);
				size_t piece = put - k < RING - at ? put - k : RING - at;
				memcpy(ring(p) + at, (const char *)buf + done + k, piece);
				k += piece;
			}
			p->tail += put;
			p->write_seq++;
			done += put;
			unlock(p);
			exov6_sys_futex_wake(&p->write_seq, 1000);
			continue;
		}
		uint32_t seen = p->read_seq;
		unlock(p);
		if (f->flags & O_NONBLOCK)
			return done ? (long)done : -EAGAIN;
		if (wait_on(&p->read_seq, seen, m))
			return done ? (long)done : -EINTR;
	}
	return (long)done;
}

int __pipe_ready(const struct fd *f)
{
	struct pipe *p = pipe_at(f);
	lock(p);
	int ready = f->type == FD_PIPE_R ? p->tail != p->head || !peers(p, 1)
					 : p->tail - p->head < RING || !peers(p, 0);
	unlock(p);
	return ready;
}

int __pipe_peers(const struct fd *f)
{
	struct pipe *p = pipe_at(f);
	lock(p);
	int n = peers(p, f->type == FD_PIPE_R);
	unlock(p);
	return n;
}
