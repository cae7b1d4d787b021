/* console.h - console input: bytes from COM1 kept until a program reads
 * them. */
#ifndef KERNEL_CONSOLE_H
#define KERNEL_CONSOLE_H

#include <stdint.h>

/* IRQ 4: take what the UART received, hand it to a blocked reader. */
void console_interrupt(void);
long console_read(uint64_t buf, uint64_t len, uint64_t flags);

#endif
