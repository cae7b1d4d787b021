/* badsys.c - system calls with bad numbers, pointers, ids and values must
 * fail with the right error and leave this program running.  Prints one
 * "ok" or "FAIL" line per check and exits with the number of failures. */
#include <exov6/env.h>
#include <exov6/errno.h>
#include <exov6/layout.h>
#include <exov6/syscall.h>
#include <stdio.h>

static int failures;

static void expect(const char *what, long got, long want)
{
	if (got == want) {
		printf("ok %s\n", what);
	} else {
		printf("FAIL %s: got %ld, want %ld\n", what, got, want);
		failures++;
	}
}

int main(void)
{
	static struct exov6_trapframe tf;
	static struct exov6_module_info info;
	int status;

	expect("unknown syscall number", exov6_syscall0(SYS_COUNT), -ENOSYS);
	expect("huge syscall number", exov6_syscall0(0x7fffffffffffffffl), -ENOSYS);
	expect("negative syscall number", exov6_syscall0(-1), -ENOSYS);
	expect("cputs kernel pointer", exov6_syscall2(SYS_cputs, 0xffffffff80100000ul, 16), -EFAULT);
	expect("cputs unmapped pointer", exov6_syscall2(SYS_cputs, 0x10, 4), -EFAULT);
	expect("cputs non-canonical pointer", exov6_syscall2(SYS_cputs, 0x0000900000000000ul, 4), -EFAULT);
	expect("cputs wrapping range", exov6_syscall2(SYS_cputs, "x", -1l), -EFAULT);
	expect("cputs huge length", exov6_syscall2(SYS_cputs, "x", 1ul << 40), -EFAULT);
	expect("cputs zero length", exov6_syscall2(SYS_cputs, 0, 0), 0);
	expect("page_alloc kernel va", exov6_syscall3(SYS_page_alloc, 0, 0xffffffff80000000ul, EXOV6_PTE_W), -EINVAL);
	expect("page_alloc unaligned va", exov6_syscall3(SYS_page_alloc, 0, 0x10000001ul, EXOV6_PTE_W), -EINVAL);
	expect("page_alloc bad perm", exov6_syscall3(SYS_page_alloc, 0, 0x10000000ul, 0x100), -EINVAL);
	expect("page_alloc no such env", exov6_syscall3(SYS_page_alloc, 12345, 0x10000000ul, EXOV6_PTE_W), -ESRCH);
	expect("page_map from unmapped", exov6_syscall5(SYS_page_map, 0, 0x20000000ul, 0, 0x21000000ul, 0), -EFAULT);
	expect("page_map more rights", exov6_syscall5(SYS_page_map, 0, UINFO, 0, 0x21000000ul, EXOV6_PTE_W), -EACCES);
	expect("page_unmap kernel va", exov6_syscall2(SYS_page_unmap, 0, 0xffff800000000000ul), -EINVAL);
	expect("set_trapframe kernel rip", (tf.rip = 0xffffffff80100000ul, tf.rsp = 0x1000,
		exov6_syscall2(SYS_env_set_trapframe, 0, &tf)), -EINVAL);
	expect("set_trapframe bad pointer", exov6_syscall2(SYS_env_set_trapframe, 0, 0xffffffff80100000ul), -EFAULT);
	expect("set_status bad value", exov6_syscall2(SYS_env_set_status, 0, 99), -EINVAL);
	expect("env_destroy no such env", exov6_syscall1(SYS_env_destroy, 99999), -ESRCH);
	expect("env_wait no children", exov6_syscall2(SYS_env_wait, 0, &status), -ECHILD);
	expect("env_wait bad status pointer", exov6_syscall2(SYS_env_wait, 0, 0xffffffff80000000ul), -EFAULT);
	expect("module_info out of range", exov6_syscall2(SYS_module_info, 1000, &info), -ENOENT);
	expect("module_info bad pointer", exov6_syscall2(SYS_module_info, 0, 0x10), -EFAULT);
	expect("module_map kernel va", exov6_syscall2(SYS_module_map, 0, 0xffff800000000000ul), -EINVAL);
	expect("kernel_cmdline bad pointer", exov6_syscall2(SYS_kernel_cmdline, 0x10, 100), -EFAULT);
	expect("set_name unterminated kernel pointer", exov6_syscall2(SYS_env_set_name, 0, 0xffffffff80100000ul), -EFAULT);
	expect("ipc_send to nobody", exov6_syscall6(SYS_ipc_send, 4242, 0, 0, 0, 0, 0), -ESRCH);
	expect("ipc_send to self", exov6_syscall6(SYS_ipc_send, exov6_syscall0(SYS_getenvid), 0, 0, 0, 0, 0), -EDEADLK);
	expect("ipc_recv from nobody", exov6_syscall1(SYS_ipc_recv, 4242), -ESRCH);
	expect("ipc_recv from self", exov6_syscall1(SYS_ipc_recv, exov6_syscall0(SYS_getenvid)), -EDEADLK);
	expect("env_wait bad options", exov6_syscall3(SYS_env_wait, 0, 0, 0x100), -EINVAL);
	expect("sleep zero", exov6_syscall1(SYS_sleep, 0), 0);
	expect("signal out of range", exov6_syscall2(SYS_env_signal, 0, 64), -EINVAL);
	expect("signal to nobody", exov6_syscall2(SYS_env_signal, 4242, 15), -ESRCH);
	expect("page_phys of unmapped", exov6_syscall1(SYS_page_phys, 0x10), -EFAULT);
	expect("page_phys of a kernel address", exov6_syscall1(SYS_page_phys, 0xffffffff80100000ul), -EFAULT);
	expect("env_replace of no child", exov6_syscall1(SYS_env_replace, 4242), -ESRCH);
	expect("env_replace of self", exov6_syscall1(SYS_env_replace, 0), -EINVAL);
	expect("ipc_window unaligned", exov6_syscall1(SYS_ipc_window, 0x1001), -EINVAL);
	expect("upcall kernel entry", exov6_syscall4(SYS_env_set_upcall, 0, 0xffffffff80100000ul, 0, 0x1000), -EINVAL);
	printf("still running: %d failures\n", failures);
	return failures;
}
