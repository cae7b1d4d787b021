/* syscall.c - the system call table.  Every argument from user space is
 * checked here: ids through env_lookup, addresses through
 * vm_check_user, numbers against their ranges.  A bad argument is an
 * error code, never a fault in the kernel. */
#include <exov6/errno.h>
#include <exov6/layout.h>
#include <exov6/syscall.h>
#include "block.h"
#include "env.h"
#include "lifetime.h"
#include "session.h"
#include "signal.h"
#include "tty.h"
#include "futex.h"
#include "hw.h"
#include "ipc.h"
#include "itimer.h"
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
	return tty_write(buf, len);
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
	child->pgid = curenv->pgid;
	child->sid = curenv->sid;
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
		if (name[i] < 0x20 || name[i] > 0x7e)
			name[i] = '?';  /* the kernel log stays one line of text */
	}
	return -ENAMETOOLONG;
}

static long sys_env_set_upcall(uint64_t id, uint64_t entry, uint64_t lo, uint64_t hi)
{
	struct env *e;
	int r = env_lookup((exov6_envid_t)id, ENV_CONTROL, &e);
	if (r)
		return r;
	if (entry && (!vm_user_range(entry, 1) || lo >= hi || !vm_user_range(lo, hi - lo)))
		return -EINVAL;         /* the stack must be user memory, clear of the window */
	e->upcall_entry = entry;
	e->xstack_lo = lo;
	e->xstack_hi = hi;
	e->upcall_set = 1;
	return 0;
}

static long sys_env_parent(uint64_t id)
{
	struct env *e = id == 0 ? curenv : env_by_id((exov6_envid_t)id);
	return e ? e->parent : -ESRCH;
}

static long sys_console_ctl(uint64_t request, uint64_t arg)
{
	return tty_ctl(request, arg);
}

static long sys_env_setpgid(uint64_t id, uint64_t pgid)
{
	return session_setpgid((exov6_envid_t)id, (long)pgid);
}

static long sys_env_setsid(void)
{
	return session_setsid();
}

static long sys_env_getpgid(uint64_t id)
{
	return session_getpgid((exov6_envid_t)id);
}

static long sys_env_getsid(uint64_t id)
{
	return session_getsid((exov6_envid_t)id);
}

static long sys_env_signal_group(uint64_t pgid, uint64_t sig)
{
	return env_signal_group((long)pgid, sig);
}

static long sys_env_stop(uint64_t sig)
{
	return env_stop_self(sig);
}

static long sys_env_itimer(uint64_t which, uint64_t new_va, uint64_t old_va)
{
	return itimer_set(which, new_va, old_va);
}

static long sys_sleep(uint64_t ns)
{
	if (ns == 0)
		return 0;
	curenv->tf.rax = 0;
	block_current(BLOCK_SLEEP, block_deadline(ns));
}

/* The calls served elsewhere in the kernel, as sys_ functions taking
 * their arguments like the others. */
static long sys_ipc_send(uint64_t to, uint64_t w0, uint64_t w1, uint64_t w2, uint64_t srcva,
			 uint64_t perm)
{
	const uint64_t w[3] = { w0, w1, w2 };
	return ipc_send(0, to, w, srcva, perm);
}

static long sys_ipc_call(uint64_t to, uint64_t w0, uint64_t w1, uint64_t w2, uint64_t srcva,
			 uint64_t perm)
{
	const uint64_t w[3] = { w0, w1, w2 };
	return ipc_send(1, to, w, srcva, perm);
}

static long sys_ipc_recv(uint64_t from)
{
	return ipc_recv(from);
}

static long sys_ipc_reply_recv(uint64_t to, uint64_t w0, uint64_t w1, uint64_t w2,
			       uint64_t srcva, uint64_t perm)
{
	const uint64_t w[3] = { w0, w1, w2 };
	return ipc_reply_recv(to, w, srcva, perm);
}

static long sys_ipc_window(uint64_t va)
{
	return ipc_window(va);
}

static long sys_mem_free_pages(void)
{
	return (long)frames_free();
}

static long sys_env_replace(uint64_t id)
{
	return env_replace((exov6_envid_t)id);
}

static long sys_env_signal(uint64_t id, uint64_t sig)
{
	return env_signal((exov6_envid_t)id, sig);
}

static long sys_env_grant(uint64_t id, uint64_t rights)
{
	return hw_grant((exov6_envid_t)id, rights);
}

static long sys_mmio_map(uint64_t va, uint64_t pa, uint64_t perm)
{
	return hw_mmio_map(va, pa, perm);
}

static long sys_irq_wait(uint64_t irq)
{
	return hw_irq_wait(irq);
}

static long sys_futex_wait(uint64_t va, uint64_t val, uint64_t timeout_ns)
{
	return futex_wait(va, val, timeout_ns);
}

static long sys_futex_wake(uint64_t va, uint64_t n)
{
	return futex_wake(va, n);
}

static long sys_console_read(uint64_t buf, uint64_t len, uint64_t flags)
{
	return tty_read(buf, len, flags);
}

/* The dispatch table, made from the list in exov6/syscall.h: the handler
 * of a call of n arguments passes the first n argument registers to
 * sys_<name>.  The table has SYS_COUNT entries, each set once (GCC's
 * -Woverride-init and the array bound refuse a list with a repeated or a
 * missing number), so every number below SYS_COUNT has a handler. */
typedef long (*syscall_handler)(const struct exov6_trapframe *tf);

#define HANDLER(name) static long handle_##name(const struct exov6_trapframe *tf)
#define HANDLER0(name, ...) HANDLER(name) { (void)tf; return sys_##name(); }
#define HANDLER1(name, ...) HANDLER(name) { return sys_##name(tf->rdi); }
#define HANDLER2(name, ...) HANDLER(name) { return sys_##name(tf->rdi, tf->rsi); }
#define HANDLER3(name, ...) HANDLER(name) { return sys_##name(tf->rdi, tf->rsi, tf->rdx); }
#define HANDLER4(name, ...) \
	HANDLER(name) { return sys_##name(tf->rdi, tf->rsi, tf->rdx, tf->r10); }
#define HANDLER5(name, ...) \
	HANDLER(name) { return sys_##name(tf->rdi, tf->rsi, tf->rdx, tf->r10, tf->r8); }
#define HANDLER6(name, ...) \
	HANDLER(name) { return sys_##name(tf->rdi, tf->rsi, tf->rdx, tf->r10, tf->r8, tf->r9); }
EXOV6_SYSCALLS(HANDLER0, HANDLER1, HANDLER2, HANDLER3, HANDLER4, HANDLER5, HANDLER1, HANDLER6)

#define TABLE_ENTRY(name, ...) [SYS_##name] = handle_##name,
static const syscall_handler syscall_table[SYS_COUNT] = {
	EXOV6_SYSCALLS(TABLE_ENTRY, TABLE_ENTRY, TABLE_ENTRY, TABLE_ENTRY, TABLE_ENTRY,
		       TABLE_ENTRY, TABLE_ENTRY, TABLE_ENTRY)
};

static long dispatch(uint64_t n, const struct exov6_trapframe *tf)
{
	if (n >= SYS_COUNT)
		return -ENOSYS;
	return syscall_table[n](tf);
}

void syscall_trap(struct exov6_trapframe *tf)
{
	curenv->tf = *tf;
	curenv->tf.rax = (uint64_t)dispatch(tf->rax, tf);
	env_run(curenv);
}
