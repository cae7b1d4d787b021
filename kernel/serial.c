/* serial.c - the two 16550 UARTs: COM1 is the user console, COM2 the
 * kernel log (see docs/ARCHITECTURE.md, "Consoles and markers"). */
#include "serial.h"
#include "x86.h"

#define COM1 0x3f8
#define COM2 0x2f8

static void uart_init(uint16_t base)
{
	outb(base + 1, 0x00);   /* no interrupts */
	outb(base + 3, 0x80);   /* DLAB on */
	outb(base + 0, 0x01);   /* 115200 baud */
	outb(base + 1, 0x00);
	outb(base + 3, 0x03);   /* 8N1, DLAB off */
	outb(base + 2, 0x07);   /* FIFO on and cleared */
	outb(base + 4, 0x03);   /* DTR, RTS */
}

static void uart_putc(uint16_t base, char c)
{
	for (int i = 0; i < 100000 && !(inb(base + 5) & 0x20); i++)
		;
	outb(base, (uint8_t)c);
}

void serial_init(void)
{
	uart_init(COM1);
	uart_init(COM2);
	/* COM1 input interrupts (IRQ 4): received data, and OUT2, which
	 * connects the UART's interrupt line to the PIC. */
	outb(COM1 + 1, 0x01);
	outb(COM1 + 4, 0x0b);
}

int console_getc(void)
{
	return inb(COM1 + 5) & 0x01 ? inb(COM1) : -1;
}

void console_write(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		uart_putc(COM1, s[i]);
}

void log_putc(char c)
{
	uart_putc(COM2, c);
}
