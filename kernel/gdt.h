/* gdt.h - segment descriptors and the task state segment. */
#ifndef KERNEL_GDT_H
#define KERNEL_GDT_H

void gdt_init(void);
/* Open (1) or close (0) every I/O port to user mode. */
void gdt_io_ports(int open);

#endif
