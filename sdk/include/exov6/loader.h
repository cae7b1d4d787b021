/* exov6/loader.h - the ELF64 program loader shared by the kernel (for the
 * first program) and liblibos (spawn/exec).  The loader only decides what
 * goes where; the caller supplies how a page of the new address space is
 * obtained and installed.
 */
#ifndef EXOV6_LOADER_H
#define EXOV6_LOADER_H

#ifdef __cplusplus
extern "C" {
#endif

struct exov6_loader_ops {
	void *ctx;
	/* A zero-filled, writable buffer for the target page at va; NULL when
	 * memory is out.  Stays valid until page_end for the same va. */
	void *(*page_begin)(void *ctx, unsigned long va);
	/* Install the page at va with perm (EXOV6_PTE_W, EXOV6_PTE_NX); 0 or
	 * -errno. */
	int (*page_end)(void *ctx, unsigned long va, unsigned long perm);
	/* Install a zero-filled page at va with perm (bss, the stack): the
	 * same as page_begin + page_end, in one step.  0 or -errno. */
	int (*page_zero)(void *ctx, unsigned long va, unsigned long perm);
};

/* Load the static ELF64 x86_64 executable image[0..size) through ops.
 * Sets *entry.  0, -ENOEXEC for a malformed or foreign file, or the error
 * of ops. */
int exov6_elf_load(const void *image, unsigned long size,
		   const struct exov6_loader_ops *ops, unsigned long *entry);

/* Build the initial stack below USTACK_TOP (USTACK_SIZE bytes, the
 * argument strings and the argc/argv/envp block at its top, SysV layout).
 * argv and envp are NULL-terminated; envp may be NULL.  Sets *rsp.
 * 0, -E2BIG when the arguments exceed EXOV6_ARG_MAX, or the error of ops. */
#define EXOV6_ARG_MAX (64 * 1024)
int exov6_stack_build(char *const argv[], char *const envp[],
		      const struct exov6_loader_ops *ops, unsigned long *rsp);

#ifdef __cplusplus
}
#endif
#endif
