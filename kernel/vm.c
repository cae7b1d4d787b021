/* vm.c - four-level x86_64 page tables.  The kernel half (PML4 slots
 * 256..511) is shared by every address space; the user half (slots 0..255)
 * belongs to one env and holds reference-counted frames. */
#include <exov6/errno.h>
#include <exov6/layout.h>
#include "vm.h"
#include "kprintf.h"
#include "memlayout.h"
#include "pmm.h"
#include <string.h>
#include "x86.h"

#define NPTE 512
#define USER_SLOTS 256

static uint64_t kernel_pml4;

static uint64_t *table(uint64_t pa)
{
	return p2v(pa);
}

static unsigned index_at(uint64_t va, int level)
{
	return (va >> (12 + 9 * level)) & 511;
}

/* A zeroed frame for a page table, counted as referenced once. */
static uint64_t table_alloc(void)
{
	uint64_t pa = frame_alloc();
	if (pa)
		frame_incref(pa);
	return pa;
}

void vm_init(uint64_t top)
{
	uint64_t pml4 = table_alloc(), pdpt = table_alloc(), kpdpt = table_alloc();
	if (!pml4 || !pdpt || !kpdpt)
		panic("no memory for the kernel page tables");
	uint64_t ngib = (top + (1ull << 30) - 1) >> 30;
	for (uint64_t g = 0; g < ngib; g++) {
		uint64_t pd = table_alloc();
		if (!pd)
			panic("no memory for the direct map");
		for (uint64_t i = 0; i < NPTE; i++)
			table(pd)[i] = ((g << 30) + (i << 21)) | PTE_P | PTE_W | PTE_PS | PTE_G;
		table(pdpt)[g] = pd | PTE_P | PTE_W;
	}
	/* The kernel image lives in the first GiB: KERNBASE maps it too. */
	table(kpdpt)[510] = table(pdpt)[0];
	table(pml4)[256] = pdpt | PTE_P | PTE_W;
	table(pml4)[511] = kpdpt | PTE_P | PTE_W;
	kernel_pml4 = pml4;
	lcr3(pml4);
}

uint64_t vm_kernel_pml4(void)
{
	return kernel_pml4;
}

uint64_t vm_create(void)
{
	uint64_t pml4 = table_alloc();
	if (pml4) {
		memcpy(table(pml4) + USER_SLOTS, table(kernel_pml4) + USER_SLOTS,
		       USER_SLOTS * sizeof(uint64_t));
		/* The env reads its own page tables, read-only, at UVPT. */
		table(pml4)[UVPT_SLOT] = pml4 | PTE_P | PTE_U | PTE_NX;
	}
	return pml4;
}

static void free_level(uint64_t pa, int level)
{
	uint64_t *t = table(pa);
	for (int i = 0; i < (level == 3 ? USER_SLOTS : NPTE); i++) {
		if (!(t[i] & PTE_P) || (level == 3 && i == UVPT_SLOT))
			continue;
		if (level == 0)
			frame_decref(PTE_ADDR(t[i]));
		else
			free_level(PTE_ADDR(t[i]), level - 1);
	}
	frame_decref(pa);
}

void vm_destroy(uint64_t pml4)
{
	if (rcr3() == pml4)
		lcr3(kernel_pml4);
	free_level(pml4, 3);
}

/* The entries for va at every level (path[3] in the PML4 ... path[0] the
 * PTE), creating missing tables if asked.  Returns the PTE slot, or NULL
 * when a table is missing (or memory ran out while creating it).  Each
 * table frame counts its present entries, so empty tables can go. */
static uint64_t *walk_path(uint64_t pml4, uint64_t va, int create, uint64_t *path[4])
{
	uint64_t pa = pml4;
	for (int level = 3; level > 0; level--) {
		uint64_t *e = path[level] = &table(pa)[index_at(va, level)];
		if (!(*e & PTE_P)) {
			if (!create)
				return 0;
			uint64_t t = table_alloc();
			if (!t)
				return 0;
			*e = t | PTE_P | PTE_W | PTE_U;
			if (level < 3)
				frame_table_entries(pa, 1);
		}
		pa = PTE_ADDR(*e);
	}
	return path[0] = &table(pa)[index_at(va, 0)];
}

static uint64_t *walk(uint64_t pml4, uint64_t va, int create)
{
	uint64_t *path[4];
	return walk_path(pml4, va, create, path);
}

/* The frame holding the table that contains entry slot e. */
static uint64_t table_of(const uint64_t *e)
{
	return PGROUNDDOWN(v2p(e));
}

static void flush(uint64_t pml4, uint64_t va)
{
	if (rcr3() == pml4)
		invlpg(va);
}

int vm_map(uint64_t pml4, uint64_t va, uint64_t pa, uint64_t perm)
{
	uint64_t *pte = walk(pml4, va, 1);
	if (!pte)
		return -ENOMEM;
	frame_incref(pa);       /* first: pa may be the frame being replaced */
	if (*pte & PTE_P)
		frame_decref(PTE_ADDR(*pte));
	else
		frame_table_entries(table_of(pte), 1);
	*pte = pa | (perm & (PTE_W | PTE_COW | PTE_SHARE | PTE_NX)) | PTE_P | PTE_U;
	flush(pml4, va);
	return 0;
}

void vm_unmap(uint64_t pml4, uint64_t va)
{
	uint64_t *path[4];
	uint64_t *pte = walk_path(pml4, va, 0, path);
	if (!pte || !(*pte & PTE_P))
		return;
	frame_decref(PTE_ADDR(*pte));
	*pte = 0;
	flush(pml4, va);
	/* Free tables left empty, from the page table up to the PDPT.  The
	 * env may have the freed tables cached through its UVPT window:
	 * flush the whole TLB then (kernel mappings are global and stay). */
	int freed = 0;
	for (int level = 0; level < 3; level++) {
		uint64_t t = table_of(path[level]);
		if (frame_table_entries(t, -1) != 0)
			break;
		*path[level + 1] = 0;
		frame_decref(t);
		freed = 1;
	}
	if (freed && rcr3() == pml4)
		lcr3(pml4);
}

uint64_t vm_lookup(uint64_t pml4, uint64_t va)
{
	uint64_t *pte = walk(pml4, va, 0);
	return pte && (*pte & PTE_P) ? *pte : 0;
}

/* User addresses the env may name: the lower half without the window on
 * its page tables. */
int vm_user_range(uint64_t va, uint64_t len)
{
	return va < UADDR_LIMIT && len <= UADDR_LIMIT - va && (va + len <= UVPT || va >= UVPT_END);
}

int vm_user_page_va(uint64_t va)
{
	return vm_user_range(va, PGSIZE) && (va & (PGSIZE - 1)) == 0;
}

int vm_grantable(uint64_t pml4, uint64_t va, uint64_t perm, uint64_t *pa)
{
	if (!vm_user_page_va(va) || (perm & ~PTE_SYSCALL))
		return -EINVAL;
	uint64_t pte = vm_lookup(pml4, va);
	if (!(pte & PTE_U))
		return -EFAULT;
	int more = ((perm & PTE_W) && !(pte & PTE_W)) || (!(perm & PTE_NX) && (pte & PTE_NX));
	if (more && frame_refs(PTE_ADDR(pte)) != 1)
		return -EACCES;
	*pa = PTE_ADDR(pte);
	return 0;
}

int vm_check_user(uint64_t pml4, uint64_t va, size_t len, int write)
{
	if (len == 0)
		return 0;
	if (!vm_user_range(va, len))
		return -EFAULT;
	for (uint64_t p = PGROUNDDOWN(va); p < va + len; p += PGSIZE) {
		uint64_t pte = vm_lookup(pml4, p);
		if ((pte & (PTE_P | PTE_U)) != (PTE_P | PTE_U) ||
		    (write && !(pte & (PTE_W | PTE_COW))))
			return -EFAULT;
	}
	return 0;
}

/* The env's copy-on-write page at va gets a frame of its own, writable,
 * as its own fault handler would do it (a page the kernel must write
 * into right after a fork).  0 or -ENOMEM. */
static int cow_break(uint64_t pml4, uint64_t va)
{
	uint64_t pte = vm_lookup(pml4, va), old = PTE_ADDR(pte);
	uint64_t perm = (pte & PTE_NX) | PTE_W;
	if (frame_refs(old) == 1)
		return vm_map(pml4, va, old, perm);
	uint64_t pa = frame_alloc();
	if (!pa)
		return -ENOMEM;
	memcpy(p2v(pa), p2v(old), PGSIZE);
	frame_incref(pa);       /* held across vm_map's failure path */
	int r = vm_map(pml4, va, pa, perm);
	frame_decref(pa);
	return r;
}

/* The kernel address of user address va in pml4 (a page known present). */
static char *direct(uint64_t pml4, uint64_t va)
{
	return (char *)p2v(PTE_ADDR(vm_lookup(pml4, va))) + (va & (PGSIZE - 1));
}

int vm_copy_out(uint64_t pml4, uint64_t va, const void *src, size_t len)
{
	int r = vm_check_user(pml4, va, len, 1);
	if (r)
		return r;
	for (uint64_t p = PGROUNDDOWN(va); len && p < va + len; p += PGSIZE)
		if (!(vm_lookup(pml4, p) & PTE_W) && cow_break(pml4, p))
			return -EFAULT;
	for (const char *s = src; len;) {
		size_t n = PGSIZE - (va & (PGSIZE - 1));
		n = n < len ? n : len;
		memcpy(direct(pml4, va), s, n);
		va += n;
		s += n;
		len -= n;
	}
	return 0;
}

int vm_copy_in(uint64_t pml4, void *dst, uint64_t va, size_t len)
{
	int r = vm_check_user(pml4, va, len, 0);
	if (r)
		return r;
	for (char *d = dst; len;) {
		size_t n = PGSIZE - (va & (PGSIZE - 1));
		n = n < len ? n : len;
		memcpy(d, direct(pml4, va), n);
		va += n;
		d += n;
		len -= n;
	}
	return 0;
}
