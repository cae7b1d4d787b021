/* firstprog.c - start the first program: Multiboot module 0, loaded by the
 * shared ELF loader straight into a new env, with argv from the module's
 * string.  Every later program is started by user space. */
#include <exov6/errno.h>
#include <exov6/loader.h>
#include "firstprog.h"
#include "env.h"
#include "tty.h"
#include "kprintf.h"
#include "memlayout.h"
#include "multiboot.h"
#include "pmm.h"
#include <string.h>
#include "vm.h"

static void *kpage_begin(void *ctx, unsigned long va)
{
	struct env *e = ctx;
	uint64_t pa = frame_alloc();
	if (!pa || vm_map(e->pml4, va, pa, PTE_W | PTE_NX))
		return 0;
	return p2v(pa);
}

static int kpage_end(void *ctx, unsigned long va, unsigned long perm)
{
	struct env *e = ctx;
	return vm_map(e->pml4, va, PTE_ADDR(vm_lookup(e->pml4, va)), perm);
}

static int kpage_zero(void *ctx, unsigned long va, unsigned long perm)
{
	return kpage_begin(ctx, va) ? kpage_end(ctx, va, perm) : -ENOMEM;
}

#define MAX_ARGS 32

void firstprog_start(void)
{
	if (boot_info.nmodules == 0)
		panic("no boot module: nothing to run (give QEMU -initrd PROG)");
	struct boot_module *m = &boot_info.modules[0];

	/* argv: the module string split at spaces, argv[0] the basename. */
	static char words[sizeof m->string];
	char *argv[MAX_ARGS + 1];
	int argc = 0;
	strlcpy(words, m->string, sizeof words);
	for (char *p = words; *p && argc < MAX_ARGS;) {
		while (*p == ' ')
			*p++ = 0;
		if (!*p)
			break;
		argv[argc++] = p;
		p += strcspn(p, " ");
	}
	argv[0] = m->name;
	argv[argc] = 0;
	char *envp[] = { 0 };

	struct env *e;
	int r = env_alloc(0, &e);
	if (r)
		panic("cannot create the first env: %d", r);
	strlcpy(e->name, m->name, sizeof e->name);
	e->is_first = 1;
	e->pgid = e->sid = e->id;
	tty_start(e);
	e->rights = EXOV6_RIGHT_SERVER;
	e->rights_grantable = EXOV6_RIGHT_IO | EXOV6_RIGHT_MMIO | EXOV6_RIGHT_IRQ | EXOV6_RIGHT_SERVER;

	struct exov6_loader_ops ops = { e, kpage_begin, kpage_end, kpage_zero };
	unsigned long entry, rsp;
	if ((r = exov6_elf_load(p2v(m->start), m->end - m->start, &ops, &entry)))
		panic("cannot load %s: %s (%d)", m->name,
		      r == -ENOEXEC ? "not a static x86_64 ELF executable" : "out of memory", r);
	if ((r = exov6_stack_build(argv, envp, &ops, &rsp)))
		panic("cannot build the stack of %s: %d", m->name, r);
	e->tf.rip = entry;
	e->tf.rsp = rsp;
	e->state = ENV_READY;
}
