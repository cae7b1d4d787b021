/* console.c - console input.  The COM1 interrupt moves received bytes into
 * a ring; SYS_console_read takes them out, blocking while the ring is
 * empty.  Bytes are passed on raw: echo and line editing belong to the
 * libOS.  When the ring is full, new bytes are dropped. */
#include <exov6/errno.h>
#include <exov6/syscall.h>
#include "console.h"
#include "block.h"
#include "serial.h"
#include "vm.h"

#define RING 4096

static char ring[RING];
static uint32_t head, tail;     /* head: next to read; tail: next to write */

/* Copy what is waiting (at most len bytes) to va in e's address space,
 * checked as it is written (the reader's parent may have unmapped its
 * buffer meanwhile).  The byte count, or -EFAULT with the bytes kept. */
static long take(struct env *e, uint64_t va, uint64_t len)
{
	char buf[256];
	uint64_t n = 0;
	while (n < len && head != tail) {
		uint64_t k = 0;
		while (k < sizeof buf && n + k < len && head + k != tail) {
			buf[k] = ring[(head + k) % RING];
			k++;
		}
		if (vm_copy_out(e->pml4, va + n, buf, k))
			return n ? (long)n : -EFAULT;
		head += (uint32_t)k;
		n += k;
	}
	return (long)n;
}

void console_interrupt(void)
{
	int c;
	while ((c = console_getc()) >= 0)
		if (tail - head < RING)
			ring[tail++ % RING] = (char)c;
	for (int i = 0; i < NENV && head != tail; i++) {
		struct env *e = &envs[i];
		if (e->block.why == BLOCK_CONSOLE)
			block_wake(e, take(e, e->block.console.va, e->block.console.len));
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
		return take(curenv, buf, len);
	if (flags & EXOV6_CONSOLE_NONBLOCK)
		return -EAGAIN;
	curenv->block.console.va = buf;
	curenv->block.console.len = len;
	block_current(BLOCK_CONSOLE, 0);
}
