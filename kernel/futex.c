/* futex.c - futexes: an env blocks while a 32-bit word it can read still
 * holds an expected value, and is woken through the same word by whoever
 * shares the page.  The key is the word's physical address, so the
 * mapping addresses of the sharers do not matter.  Timeouts are TSC
 * deadlines checked at each tick, like sleeps (env_wake_sleepers). */
#include <exov6/errno.h>
#include "env.h"
#include "futex.h"
#include "memlayout.h"
#include "sched.h"
#include "timer.h"
#include "vm.h"

/* The physical address of the aligned word at va, or -EFAULT/-EINVAL. */
static long word_pa(uint64_t va)
{
	if (va & 3)
		return -EINVAL;
	if (vm_check_user(curenv->pml4, va, 4, 0))
		return -EFAULT;
	return (long)(PTE_ADDR(vm_lookup(curenv->pml4, va)) | (va & (PGSIZE - 1)));
}

long futex_wait(uint64_t va, uint64_t val, uint64_t timeout_ns)
{
	long pa = word_pa(va);
	if (pa < 0)
		return pa;
	if (*(volatile uint32_t *)va != (uint32_t)val)
		return -EAGAIN;
	curenv->wake_tsc = timeout_ns ? env_deadline(timeout_ns) : 0;
	curenv->futex_pa = (uint64_t)pa;
	curenv->block = BLOCK_FUTEX;
	curenv->tf.rax = 0;
	sched_yield();
}

long futex_wake(uint64_t va, uint64_t n)
{
	long pa = word_pa(va);
	if (pa < 0)
		return pa;
	long woken = 0;
	for (int i = 0; i < NENV && (uint64_t)woken < n; i++)
		if (envs[i].block == BLOCK_FUTEX && envs[i].futex_pa == (uint64_t)pa) {
			envs[i].block = BLOCK_NONE;
			woken++;
		}
	return woken;
}
