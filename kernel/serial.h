/* serial.h - console (COM1) and kernel log (COM2) output. */
#ifndef KERNEL_SERIAL_H
#define KERNEL_SERIAL_H

#include <stddef.h>

void serial_init(void);
void console_write(const char *s, size_t n);
void log_putc(char c);

/* The next byte received on COM1, or -1 when none is waiting. */
int console_getc(void);

#endif
