/* futex.c - futexes: an env blocks while a 32-bit word it can read still
 * holds an expected value, and is woken through the same word by whoever
 * shares the page.  The key is the word's physical address, so the
 * mapping addresses of the sharers do not matter.  Timeouts are TSC
 * deadlines checked at each tick, like sleeps (block_expire). */
#include <exov6/errno.h>
#include "block.h"
#include "futex.h"
#include "vm.h"

/* The physical address of the caller's aligned word at va, or
 * -EFAULT/-EINVAL. */
static long word_pa(uint64_t va)
{
	if (va & 3)
		return -EINVAL;
	if (vm_check_user(curenv->pml4, va, 4, 0))
		return -EFAULT;
	return (long)(PTE_ADDR(vm_lookup(curenv->pml4, va)) | (va & 0xfff));
}

long futex_wait(uint64_t va, uint64_t val, uint64_t timeout_ns)
{
	long pa = word_pa(va);
	if (pa < 0)
		return pa;
	uint32_t now;
	if (vm_copy_in(curenv->pml4, &now, va, sizeof now))
		return -EFAULT;
	if (now != (uint32_t)val)
		return -EAGAIN;
	curenv->block.futex_pa = (uint64_t)pa;
	curenv->tf.rax = 0;
	block_current(BLOCK_FUTEX, timeout_ns ? block_deadline(timeout_ns) : 0);
}

long futex_wake(uint64_t va, uint64_t n)
{
	long pa = word_pa(va);
	if (pa < 0)
		return pa;
	long woken = 0;
	for (int i = 0; i < NENV && (uint64_t)woken < n; i++)
		if (envs[i].block.why == BLOCK_FUTEX && envs[i].block.futex_pa == (uint64_t)pa) {
			block_wake(&envs[i], 0);
			woken++;
		}
	return woken;
}
