/* firstprog.h - start Multiboot module 0 as the first env. */
#ifndef KERNEL_FIRSTPROG_H
#define KERNEL_FIRSTPROG_H

void firstprog_start(void);

#endif
