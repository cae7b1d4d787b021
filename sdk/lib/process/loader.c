/* loader.c - ELF64 executable loading and initial stack construction
 * (exov6/loader.h).  Freestanding: built into the kernel, which loads the
 * first program, and into liblibos, which loads every other one. */
#include <exov6/errno.h>
#include <exov6/layout.h>
#include <exov6/loader.h>
#include <exov6/syscall.h>
#include <string.h>

#define PAGE EXOV6_PAGE_SIZE

struct elf64_ehdr {
	unsigned char ident[16];
	unsigned short type, machine;
	unsigned int version;
	unsigned long entry, phoff, shoff;
	unsigned int flags;
	unsigned short ehsize, phentsize, phnum, shentsize, shnum, shstrndx;
};

struct elf64_phdr {
	unsigned int type, flags;
	unsigned long offset, vaddr, paddr, filesz, memsz, align;
};

#define ET_EXEC 2
#define EM_X86_64 62
#define PT_LOAD 1
#define PF_X 1
#define PF_W 2

static int check_header(const struct elf64_ehdr *eh, unsigned long size)
{
	if (size < sizeof *eh || memcmp(eh->ident, "\177ELF", 4) != 0 ||
	    eh->ident[4] != 2 /* 64-bit */ || eh->ident[5] != 1 /* LSB */ ||
	    eh->type != ET_EXEC || eh->machine != EM_X86_64 ||
	    eh->phentsize != sizeof(struct elf64_phdr) ||
	    eh->phoff > size || eh->phnum > (size - eh->phoff) / sizeof(struct elf64_phdr))
		return -ENOEXEC;
	return 0;
}

static int check_segment(const struct elf64_phdr *ph, unsigned long size)
{
	if (ph->filesz > ph->memsz || ph->offset > size || ph->filesz > size - ph->offset ||
	    ph->vaddr < UTEXT_BASE || ph->memsz > UTEXT_END - ph->vaddr)
		return -ENOEXEC;
	return 0;
}

int exov6_elf_load(const void *image, unsigned long size,
		   const struct exov6_loader_ops *ops, unsigned long *entry)
{
	const struct elf64_ehdr *eh = image;
	int r = check_header(eh, size);
	if (r)
		return r;
	const struct elf64_phdr *ph = (const void *)((const char *)image + eh->phoff);

	unsigned long lo = ~0ul, hi = 0;
	for (int i = 0; i < eh->phnum; i++) {
		if (ph[i].type != PT_LOAD || ph[i].memsz == 0)
			continue;
		if ((r = check_segment(&ph[i], size)))
			return r;
		if (ph[i].vaddr < lo)
			lo = ph[i].vaddr;
		if (ph[i].vaddr + ph[i].memsz > hi)
			hi = ph[i].vaddr + ph[i].memsz;
	}
	if (hi == 0 || eh->entry < lo || eh->entry >= hi)
		return -ENOEXEC;

	/* Page by page, so a page shared by two segments is filled once with
	 * both and gets the union of their rights; a page without file bytes
	 * (bss) is just a zero page. */
	for (unsigned long va = lo & ~(PAGE - 1); va < hi; va += PAGE) {
		unsigned long perm = EXOV6_PTE_NX;
		int used = 0, data = 0;
		for (int i = 0; i < eh->phnum; i++) {
			const struct elf64_phdr *p = &ph[i];
			if (p->type != PT_LOAD || p->memsz == 0 ||
			    p->vaddr >= va + PAGE || p->vaddr + p->memsz <= va)
				continue;
			used = 1;
			data |= p->vaddr < va + PAGE && p->vaddr + p->filesz > va;
			if (p->flags & PF_W)
				perm |= EXOV6_PTE_W;
			if (p->flags & PF_X)
				perm &= ~EXOV6_PTE_NX;
		}
		if (!used)
			continue;
		if (!data) {
			if ((r = ops->page_zero(ops->ctx, va, perm)))
				return r;
			continue;
		}
		char *buf = ops->page_begin(ops->ctx, va);
		if (!buf)
			return -ENOMEM;
		for (int i = 0; i < eh->phnum; i++) {
			const struct elf64_phdr *p = &ph[i];
			if (p->type != PT_LOAD || p->memsz == 0)
				continue;
			unsigned long from = p->vaddr > va ? p->vaddr : va;
			unsigned long to = p->vaddr + p->filesz < va + PAGE ? p->vaddr + p->filesz : va + PAGE;
			if (from < to)
				memcpy(buf + (from - va),
				       (const char *)image + p->offset + (from - p->vaddr), to - from);
		}
		if ((r = ops->page_end(ops->ctx, va, perm)))
			return r;
	}
	*entry = eh->entry;
	return 0;
}

/* The argument area: pages at the top of the stack, begun together so the
 * strings and vectors can be written across page boundaries. */
struct arg_area {
	unsigned long base;                    /* lowest va */
	char *page[EXOV6_ARG_MAX / PAGE + 1];
};

static void put(struct arg_area *a, unsigned long va, const void *src, unsigned long len)
{
	const char *s = src;
	while (len) {
		unsigned long off = (va - a->base) % PAGE;
		unsigned long n = PAGE - off < len ? PAGE - off : len;
		memcpy(a->page[(va - a->base) / PAGE] + off, s, n);
		va += n;
		s += n;
		len -= n;
	}
}

static unsigned long count(char *const v[], unsigned long *bytes)
{
	unsigned long n = 0;
	for (; v && v[n]; n++)
		*bytes += strlen(v[n]) + 1;
	return n;
}

/* Copy the strings of v downwards from *strp and the pointers upwards
 * from *vecp, ending with a NULL pointer. */
static void put_vector(struct arg_area *a, char *const v[], unsigned long n,
		       unsigned long *strp, unsigned long *vecp)
{
	for (unsigned long i = 0; i < n; i++) {
		unsigned long len = strlen(v[i]) + 1;
		*strp -= len;
		put(a, *strp, v[i], len);
		put(a, *vecp, strp, sizeof *strp);
		*vecp += sizeof(unsigned long);
	}
	unsigned long zero = 0;
	put(a, *vecp, &zero, sizeof zero);
	*vecp += sizeof zero;
}

int exov6_stack_build(char *const argv[], char *const envp[],
		      const struct exov6_loader_ops *ops, unsigned long *rsp)
{
	unsigned long bytes = 0;
	unsigned long argc = count(argv, &bytes), envc = count(envp, &bytes);
	unsigned long vec = (1 + argc + 1 + envc + 1) * sizeof(unsigned long);
	if (bytes > EXOV6_ARG_MAX || vec > EXOV6_ARG_MAX)
		return -E2BIG;
	unsigned long str = USTACK_TOP;
	unsigned long sp = (USTACK_TOP - ((bytes + 15) & ~15ul) - vec) & ~15ul;
	if (USTACK_TOP - sp > EXOV6_ARG_MAX)
		return -E2BIG;

	struct arg_area a;
	unsigned long npages = (USTACK_TOP - sp + PAGE - 1) / PAGE;
	a.base = USTACK_TOP - npages * PAGE;
	for (unsigned long i = 0; i < npages; i++)
		if (!(a.page[i] = ops->page_begin(ops->ctx, a.base + i * PAGE)))
			return -ENOMEM;

	unsigned long p = sp;
	put(&a, p, &argc, sizeof argc);
	p += sizeof argc;
	put_vector(&a, argv, argc, &str, &p);
	put_vector(&a, envp, envc, &str, &p);

	int r;
	for (unsigned long i = 0; i < npages; i++)
		if ((r = ops->page_end(ops->ctx, a.base + i * PAGE, EXOV6_PTE_W | EXOV6_PTE_NX)))
			return r;
	for (unsigned long va = a.base - PAGE; va >= USTACK_TOP - USTACK_SIZE; va -= PAGE)
		if ((r = ops->page_zero(ops->ctx, va, EXOV6_PTE_W | EXOV6_PTE_NX)))
			return r;
	*rsp = sp;
	return 0;
}
