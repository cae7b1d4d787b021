/* console.c - console input.  The COM1 interrupt moves received bytes into
 * a ring; SYS_console_read takes them out, blocking while the ring is
 * empty.  Bytes are passed on raw: echo and line editing belong to the
 * libOS.  When the ring is full, new bytes are dropped. */
#include <exov6/errno.h>
#include <exov6/syscall.h>
#include "console.h"
#include "env.h"
#include "sched.h"
#include "serial.h"
#include "vm.h"

#define RING 4096

static char ring[RING];
static uint32_t head, tail;     /* head: next to read; tail: next to write */

/* Copy what is waiting (at most len bytes) to va in e's address space. */
static uint64_t take(struct env *e, uint64_t va, uint64_t len)
{
	uint64_t n = 0;
	while (n < len && head != tail) {
		vm_copy_out(e->pml4, va + n, &ring[head % RING], 1);
		head++;
		n++;
	}
	return n;
}

void console_interrupt(void)
{
	int c;
	while ((c = console_getc()) >= 0)
		if (tail - head < RING)
			ring[tail++ % RING] = (char)c;
	for (int i = 0; i < NENV && head != tail; i++) {
		struct env *e = &envs[i];
		if (e->block == BLOCK_CONSOLE) {
			/* Its parent may have unmapped the buffer meanwhile. */
			e->tf.rax = vm_check_user(e->pml4, e->console_va, e->console_len, 1)
				? (uint64_t)-EFAULT : take(e, e->console_va, e->console_len);
			e->block = BLOCK_NONE;
		}
	}
}

long console_read(uint64_t buf, uint64_t len, uint64_t flags)
{
	if (flags & ~(uint64_t)EXOV6_CONSOLE_NONBLOCK)
		return -EINVAL;
	int r = vm_check_user(curenv->pml4, buf, len, 1);
	if (r)
		return r;
	if (len == 0)
		return 0;
	if (head != tail)
		return (long)take(curenv, buf, len);
	if (flags & EXOV6_CONSOLE_NONBLOCK)
		return -EAGAIN;
	curenv->console_va = buf;
	curenv->console_len = len;
	curenv->block = BLOCK_CONSOLE;
	sched_yield();
}
