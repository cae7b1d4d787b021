/* trap.h - interrupt descriptor table and trap dispatch. */
#ifndef KERNEL_TRAP_H
#define KERNEL_TRAP_H

#include <exov6/env.h>

#define T_DIVIDE   0
#define T_DEBUG    1
#define T_NMI      2
#define T_BRKPT    3
#define T_ILLOP    6
#define T_DEVICE   7
#define T_DBLFLT   8
#define T_GPFLT   13
#define T_PGFLT   14
#define T_IRQ0    32

void trap_init(void);
void trap(struct exov6_trapframe *tf);

#endif
