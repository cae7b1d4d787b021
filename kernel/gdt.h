/* gdt.h - segment descriptors and the task state segment. */
#ifndef KERNEL_GDT_H
#define KERNEL_GDT_H

void gdt_init(void);

#endif
