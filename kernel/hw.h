/* hw.h - device access delegated to driver envs: hardware rights, device
 * memory mappings and interrupt lines as wake-ups. */
#ifndef KERNEL_HW_H
#define KERNEL_HW_H

#include <stdint.h>
#include <exov6/env.h>

long hw_grant(exov6_envid_t child, uint64_t rights);
long hw_mmio_map(uint64_t va, uint64_t pa, uint64_t perm);
long hw_irq_wait(uint64_t irq);
/* An interrupt on a line user space may own: mask it, wake its waiter. */
void hw_irq_fire(int irq);
/* Forget the lines owned by an env that ends. */
void hw_env_gone(exov6_envid_t id);

#endif
