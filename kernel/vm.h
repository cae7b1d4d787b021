/* vm.h - page tables: the kernel's mappings and user address spaces. */
#ifndef KERNEL_VM_H
#define KERNEL_VM_H

#include <stdint.h>
#include <stddef.h>

#include <exov6/syscall.h>     /* EXOV6_PTE_* */

/* The kernel's short names: the ABI's page bits, and the CPU's own. */
#define PTE_P       EXOV6_PTE_P
#define PTE_W       EXOV6_PTE_W
#define PTE_U       EXOV6_PTE_U
#define PTE_COW     EXOV6_PTE_COW
#define PTE_SHARE   EXOV6_PTE_SHARE
#define PTE_NX      EXOV6_PTE_NX
#define PTE_SYSCALL EXOV6_PTE_SYSCALL
#define PTE_PS      0x080ull
#define PTE_G       0x100ull
#define PTE_ADDR(e) ((e) & 0x000ffffffffff000ull)

/* Build the kernel page tables (direct map of [0, top) at PHYSMAP, kernel
 * image at KERNBASE) and switch to them. */
void vm_init(uint64_t top);

/* A new address space: empty lower half, the kernel's upper half.
 * Returns its PML4's physical address, 0 when memory is out. */
uint64_t vm_create(void);
/* Drop every user mapping and free the page tables and the PML4. */
void vm_destroy(uint64_t pml4);
/* The kernel's own PML4 (for an address space being destroyed). */
uint64_t vm_kernel_pml4(void);

/* Map frame pa at user address va with perm (PTE_P|PTE_U implied);
 * replaces an older mapping.  0 or -ENOMEM. */
int vm_map(uint64_t pml4, uint64_t va, uint64_t pa, uint64_t perm);
void vm_unmap(uint64_t pml4, uint64_t va);
/* The PTE mapping va, or 0 when none. */
uint64_t vm_lookup(uint64_t pml4, uint64_t va);

/* Is va a page-aligned user address? */
int vm_user_page_va(uint64_t va);
/* May the page at va be mapped elsewhere with perm (no more rights than
 * it has)?  Sets *pa.  0, -EINVAL (bad va or perm), -EFAULT (nothing
 * mapped) or -EACCES (more rights asked). */
int vm_grantable(uint64_t pml4, uint64_t va, uint64_t perm, uint64_t *pa);

/* Is [va, va+len) a user range (below UADDR_LIMIT, no wrap, outside the
 * page-table window) whose every page is present, user and, if write,
 * writable or copy-on-write (EXOV6_PTE_COW: the copy-out gives it a frame
 * of its own first)?  0 or -EFAULT. */
int vm_check_user(uint64_t pml4, uint64_t va, size_t len, int write);
/* Is [va, va+len) a user range at all (no page looked at)? */
int vm_user_range(uint64_t va, uint64_t len);
/* The only ways the kernel touches an env's memory: copy between kernel
 * memory and [va, va+len) of address space pml4 through the direct map.
 * The range is checked whole by vm_check_user at the moment of the copy
 * (writable for a copy out); -EFAULT, with nothing copied, when it fails. */
int vm_copy_out(uint64_t pml4, uint64_t va, const void *src, size_t len);
int vm_copy_in(uint64_t pml4, void *dst, uint64_t va, size_t len);

#endif
