/* trap.h - interrupt descriptor table and trap dispatch. */
#ifndef KERNEL_TRAP_H
#define KERNEL_TRAP_H

#include <exov6/env.h>


void trap_init(void);
void trap(struct exov6_trapframe *tf);

#endif
