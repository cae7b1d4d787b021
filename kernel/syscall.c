/* syscall.c - the system call table.  Every argument from user space is
 * checked here: ids through env_lookup, addresses through
 * vm_check_user, numbers against their ranges.  A bad argument is an
 * error code, never a fault in the kernel. */
#include <exov6/errno.h>
#include <exov6/layout.h>
#include <exov6/syscall.h>
#include "console.h"
#include "block.h"
#include "env.h"
#include "lifetime.h"
#include "signal.h"
#include "futex.h"
#include "hw.h"
#include "ipc.h"
#include "kprintf.h"
#include "memlayout.h"
#include "multiboot.h"
#include "pmm.h"
#include "sched.h"
#include "serial.h"
#include <string.h>
#include "vm.h"
#include "x86.h"

static long sys_cputs(uint64_t buf, uint64_t len)
{
	int r = vm_check_user(curenv->pml4, buf, len, 0);
	if (r)
		return r;
	char chunk[256];
	for (uint64_t done = 0; done < len;) {
		uint64_t n = len - done < sizeof chunk ? len - done : sizeof chunk;
		if ((r = vm_copy_in(curenv->pml4, chunk, buf + done, n)))
			return r;
		console_write(chunk, n);
		done += n;
	}
	return (long)len;
}

static long sys_env_exit(uint64_t status)
{
	env_exit(curenv, (int)status);
	sched_yield();
}

static long sys_getenvid(void)
{
	return curenv->id;
}

static long sys_yield(void)
{
	sched_yield();
}

static long sys_exofork(void)
{
	struct env *child;
	int r = env_alloc(curenv->id, &child);
	if (r)
		return r;
	child->tf = curenv->tf;
	child->tf.rax = 0;
	env_fpu_save(curenv);
	memcpy(child->fpu, curenv->fpu, sizeof child->fpu);
	memcpy(child->name, curenv->name, sizeof child->name);
	return child->id;
}

static long sys_env_set_status(uint64_t id, uint64_t status)
{
	struct env *e;
	int r = env_lookup((exov6_envid_t)id, ENV_CONTROL, &e);
	if (r)
		return r;
	if (status != ENV_RUNNABLE && status != ENV_NOT_RUNNABLE)
		return -EINVAL;
	e->state = status == ENV_RUNNABLE ? ENV_READY : ENV_STOPPED;
	return 0;
}

static long sys_env_set_trapframe(uint64_t id, uint64_t tfva)
{
	struct env *e;
	int r = env_lookup((exov6_envid_t)id, ENV_CONTROL, &e);
	if (r)
		return r;
	struct exov6_trapframe tf;
	if ((r = vm_copy_in(curenv->pml4, &tf, tfva, sizeof tf)))
		return r;
	if (tf.rip >= UADDR_LIMIT || tf.rsp >= UADDR_LIMIT)
		return -EINVAL;         /* iretq would fault in the kernel */
	tf.cs = UCODE_SEL;
	tf.ss = UDATA_SEL;
	tf.rflags = (tf.rflags & EXOV6_RFLAGS_USER) | FL_IF;
	tf.trapno = EXOV6_T_SETFRAME;         /* leaves by iretq: every register is set */
	tf.err = 0;
	e->tf = tf;
	return 0;
}

static long sys_env_destroy(uint64_t id)
{
	struct env *e;
	int r = env_lookup((exov6_envid_t)id, ENV_CONTROL, &e);
	if (r)
		return r;
	int self = e == curenv;
	env_exit(e, EXOV6_W_SIGNALED(9));
	if (self)
		sched_yield();
	return 0;
}

static long sys_env_wait(uint64_t id, uint64_t status_va, uint64_t options)
{
	return env_wait((exov6_envid_t)id, status_va, options);
}

static long sys_page_phys(uint64_t va)
{
	uint64_t pte = vm_user_page_va(PGROUNDDOWN(va)) ? vm_lookup(curenv->pml4, PGROUNDDOWN(va)) : 0;
	if (!(pte & PTE_U))
		return -EFAULT;
	return (long)(PTE_ADDR(pte) | (va & (PGSIZE - 1)));
}

static long sys_page_alloc(uint64_t id, uint64_t va, uint64_t perm)
{
	struct env *e;
	int r = env_lookup((exov6_envid_t)id, ENV_CONTROL, &e);
	if (r)
		return r;
	if (!vm_user_page_va(va) || (perm & ~PTE_SYSCALL))
		return -EINVAL;
	uint64_t pa = frame_alloc();
	if (!pa)
		return -ENOMEM;
	frame_incref(pa);       /* hold it across vm_map's failure path */
	r = vm_map(e->pml4, va, pa, perm);
	frame_decref(pa);
	return r;
}

static long sys_page_map(uint64_t srcid, uint64_t srcva, uint64_t dstid, uint64_t dstva,
			 uint64_t perm)
{
	struct env *src, *dst;
	int r = env_lookup((exov6_envid_t)srcid, ENV_CONTROL, &src);
	if (r || (r = env_lookup((exov6_envid_t)dstid, ENV_CONTROL, &dst)))
		return r;
	uint64_t pa;
	if (!vm_user_page_va(dstva))
		return -EINVAL;
	if ((r = vm_grantable(src->pml4, srcva, perm, &pa)))
		return r;
	return vm_map(dst->pml4, dstva, pa, perm);
}

static long sys_page_unmap(uint64_t id, uint64_t va)
{
	struct env *e;
	int r = env_lookup((exov6_envid_t)id, ENV_CONTROL, &e);
	if (r)
		return r;
	if (!vm_user_page_va(va))
		return -EINVAL;
	vm_unmap(e->pml4, va);
	return 0;
}

static long sys_module_info(uint64_t index, uint64_t infova)
{
	if (index >= (uint64_t)boot_info.nmodules)
		return -ENOENT;
	const struct boot_module *m = &boot_info.modules[index];
	struct exov6_module_info info = { .size = m->end - m->start };
	strlcpy(info.name, m->name, sizeof info.name);
	strlcpy(info.cmdline, m->string, sizeof info.cmdline);
	return vm_copy_out(curenv->pml4, infova, &info, sizeof info);
}

static long sys_module_map(uint64_t index, uint64_t va)
{
	if (index >= (uint64_t)boot_info.nmodules)
		return -ENOENT;
	const struct boot_module *m = &boot_info.modules[index];
	uint64_t size = PGROUNDUP(m->end - m->start);
	if ((va & (PGSIZE - 1)) || !vm_user_range(va, size ? size : PGSIZE))
		return -EINVAL;
	for (uint64_t off = 0; off < size; off += PGSIZE) {
		int r = vm_map(curenv->pml4, va + off, m->start + off, PTE_NX);
		if (r) {
			while (off)             /* all or nothing */
				vm_unmap(curenv->pml4, va + (off -= PGSIZE));
			return r;
		}
	}
	return 0;
}

static long sys_kernel_cmdline(uint64_t buf, uint64_t size)
{
	size_t len = strlen(boot_info.cmdline);
	int r = vm_check_user(curenv->pml4, buf, size, 1);
	if (r)
		return r;
	if (size) {
		size_t n = len < size ? len : size - 1;
		if ((r = vm_copy_out(curenv->pml4, buf, boot_info.cmdline, n)) ||
		    (r = vm_copy_out(curenv->pml4, buf + n, "", 1)))
			return r;
	}
	return (long)len;
}

static long sys_env_set_name(uint64_t id, uint64_t nameva)
{
	struct env *e;
	int r = env_lookup((exov6_envid_t)id, ENV_CONTROL, &e);
	if (r)
		return r;
	char name[ENV_NAME_MAX];
	for (size_t i = 0; i < sizeof name; i++) {
		if ((r = vm_copy_in(curenv->pml4, &name[i], nameva + i, 1)))
			return r;
		if (!name[i]) {
			memcpy(e->name, name, sizeof name);
			return 0;
		}
	}
	return -ENAMETOOLONG;
}

static long sys_env_set_upcall(uint64_t id, uint64_t entry, uint64_t lo, uint64_t hi)
{
	struct env *e;
	int r = env_lookup((exov6_envid_t)id, ENV_CONTROL, &e);
	if (r)
		return r;
	if (entry && (entry >= UADDR_LIMIT || lo >= hi || hi > UADDR_LIMIT))
		return -EINVAL;
	e->upcall_entry = entry;
	e->xstack_lo = lo;
	e->xstack_hi = hi;
	return 0;
}

static long sys_env_parent(uint64_t id)
{
	struct env *e = id == 0 ? curenv : env_by_id((exov6_envid_t)id);
	return e ? e->parent : -ESRCH;
}

static long sys_sleep(uint64_t ns)
{
	if (ns == 0)
		return 0;
	curenv->tf.rax = 0;
	block_current(BLOCK_SLEEP, block_deadline(ns));
}

static long dispatch(uint64_t n, const struct exov6_trapframe *tf)
{
	uint64_t a1 = tf->rdi, a2 = tf->rsi, a3 = tf->rdx, a4 = tf->r10, a5 = tf->r8;

	switch (n) {
	case SYS_cputs: return sys_cputs(a1, a2);
	case SYS_env_exit: return sys_env_exit(a1);
	case SYS_getenvid: return sys_getenvid();
	case SYS_yield: return sys_yield();
	case SYS_exofork: return sys_exofork();
	case SYS_env_set_status: return sys_env_set_status(a1, a2);
	case SYS_env_set_trapframe: return sys_env_set_trapframe(a1, a2);
	case SYS_env_destroy: return sys_env_destroy(a1);
	case SYS_env_wait: return sys_env_wait(a1, a2, a3);
	case SYS_page_alloc: return sys_page_alloc(a1, a2, a3);
	case SYS_page_map: return sys_page_map(a1, a2, a3, a4, a5);
	case SYS_page_unmap: return sys_page_unmap(a1, a2);
	case SYS_module_info: return sys_module_info(a1, a2);
	case SYS_module_map: return sys_module_map(a1, a2);
	case SYS_kernel_cmdline: return sys_kernel_cmdline(a1, a2);
	case SYS_env_set_name: return sys_env_set_name(a1, a2);
	case SYS_env_set_upcall: return sys_env_set_upcall(a1, a2, a3, a4);
	case SYS_ipc_send:
	case SYS_ipc_call: {
		const uint64_t w[3] = { a2, a3, a4 };
		return ipc_send(n == SYS_ipc_call, a1, w, a5, tf->r9);
	}
	case SYS_ipc_recv: return ipc_recv(a1);
	case SYS_ipc_reply_recv: {
		const uint64_t w[3] = { a2, a3, a4 };
		return ipc_reply_recv(a1, w, a5, tf->r9);
	}
	case SYS_ipc_window: return ipc_window(a1);
	case SYS_mem_free_pages: return (long)frames_free();
	case SYS_env_replace: return env_replace((exov6_envid_t)a1);
	case SYS_sleep: return sys_sleep(a1);
	case SYS_env_signal: return env_signal((exov6_envid_t)a1, a2);
	case SYS_page_phys: return sys_page_phys(a1);
	case SYS_env_grant: return hw_grant((exov6_envid_t)a1, a2);
	case SYS_mmio_map: return hw_mmio_map(a1, a2, a3);
	case SYS_irq_wait: return hw_irq_wait(a1);
	case SYS_futex_wait: return futex_wait(a1, a2, a3);
	case SYS_futex_wake: return futex_wake(a1, a2);
	case SYS_console_read: return console_read(a1, a2, a3);
	case SYS_env_parent: return sys_env_parent(a1);
	default: return -ENOSYS;
	}
}

void syscall_trap(struct exov6_trapframe *tf)
{
	curenv->tf = *tf;
	curenv->tf.rax = (uint64_t)dispatch(tf->rax, tf);
	env_run(curenv);
}
