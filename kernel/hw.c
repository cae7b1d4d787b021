/* hw.c - device access for driver envs.  The first program holds every
 * hardware right (EXOV6_RIGHT_*) only to pass them to the drivers it starts
 * (it cannot use them itself); which program drives which device is its
 * policy, not the kernel's.  A driver may pass its rights on.
 *   I/O ports: open to an env holding EXOV6_RIGHT_IO while it runs (the
 *     TSS's I/O bitmap; gdt.c).
 *   Device memory: frames above RAM mapped uncached (never RAM, so a
 *     driver cannot reach another env's pages through it).
 *   Interrupts: a line fires once, is masked, and wakes its owner; the
 *     owner's next wait unmasks it. */
#include <exov6/errno.h>
#include <exov6/syscall.h>
#include "block.h"
#include "env.h"
#include "hw.h"
#include "memlayout.h"
#include "pmm.h"
#include "sched.h"
#include "pic.h"
#include "vm.h"

#define PTE_PWT 0x008ull
#define PTE_PCD 0x010ull
#define PHYS_LIMIT (1ull << 46)

static exov6_envid_t irq_owner[16];
static uint16_t irq_pending;

long hw_grant(exov6_envid_t child, uint64_t rights)
{
	struct env *e;
	int r = env_lookup(child, ENV_CONTROL, &e);
	if (r)
		return r;
	if (e == curenv || (rights & ~(uint64_t)curenv->rights_grantable))
		return -EPERM;
	e->rights |= (unsigned)rights;
	e->rights_grantable |= (unsigned)rights;
	return 0;
}

long hw_mmio_map(uint64_t va, uint64_t pa, uint64_t perm)
{
	if (!(curenv->rights & EXOV6_RIGHT_MMIO))
		return -EPERM;
	if (!vm_user_page_va(va) || (pa & (PGSIZE - 1)) || pa >= PHYS_LIMIT ||
	    (perm & ~(uint64_t)(PTE_P | PTE_W | PTE_U | PTE_NX)))
		return -EINVAL;
	if (frame_is_ram(pa))
		return -EACCES;
	return vm_map(curenv->pml4, va, pa, perm | PTE_PWT | PTE_PCD);
}

long hw_irq_wait(uint64_t irq)
{
	if (!(curenv->rights & EXOV6_RIGHT_IRQ))
		return -EPERM;
	if (!pic_user_line(irq))
		return -EINVAL;
	if (irq_owner[irq] && irq_owner[irq] != curenv->id && env_by_id(irq_owner[irq]))
		return -EBUSY;
	irq_owner[irq] = curenv->id;
	pic_unmask((int)irq);
	if (irq_pending & (1u << irq)) {
		irq_pending &= (uint16_t)~(1u << irq);
		return 0;
	}
	curenv->block.irq = (int)irq;
	curenv->tf.rax = 0;
	block_current(BLOCK_IRQ, 0);
}

void hw_irq_fire(int irq)
{
	pic_mask(irq);
	struct env *e = irq_owner[irq] ? env_by_id(irq_owner[irq]) : 0;
	if (e && e->block.why == BLOCK_IRQ && e->block.irq == irq)
		block_wake(e, 0);
	else
		irq_pending |= (uint16_t)(1u << irq);
}

void hw_env_gone(exov6_envid_t id)
{
	for (int i = 0; i < 16; i++)
		if (irq_owner[i] == id) {
			irq_owner[i] = 0;
			irq_pending &= (uint16_t)~(1u << i);
			pic_mask(i);
		}
}
