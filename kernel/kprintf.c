/* kprintf.c - formatted output to the kernel log.  Understands %d %i %u
 * %x %p %s %c %% with an optional '0' flag, a width and the l/ll/z
 * length modifiers: all the kernel needs. */
#include <stdarg.h>
#include <stdint.h>
#include "kprintf.h"
#include "serial.h"

static void put_number(uint64_t v, unsigned base, int negative, int width, char pad)
{
	char buf[24];
	int n = 0;

	do {
		buf[n++] = "0123456789abcdef"[v % base];
		v /= base;
	} while (v);
	if (negative)
		buf[n++] = '-';
	while (width-- > n)
		log_putc(pad);
	while (n)
		log_putc(buf[--n]);
}

void kvprintf(const char *fmt, va_list ap)
{
	for (; *fmt; fmt++) {
		if (*fmt != '%') {
			log_putc(*fmt);
			continue;
		}
		fmt++;
		char pad = ' ';
		int width = 0, longs = 0;
		if (*fmt == '0') {
			pad = '0';
			fmt++;
		}
		while (*fmt >= '0' && *fmt <= '9')
			width = width * 10 + (*fmt++ - '0');
		while (*fmt == 'l' || *fmt == 'z') {
			longs++;
			fmt++;
		}
		switch (*fmt) {
		case 'd':
		case 'i': {
			int64_t v = longs ? va_arg(ap, int64_t) : va_arg(ap, int);
			put_number(v < 0 ? -(uint64_t)v : (uint64_t)v, 10, v < 0, width, pad);
			break;
		}
		case 'u':
		case 'x': {
			uint64_t v = longs ? va_arg(ap, uint64_t) : va_arg(ap, unsigned);
			put_number(v, *fmt == 'u' ? 10 : 16, 0, width, pad);
			break;
		}
		case 'p':
			log_putc('0');
			log_putc('x');
			put_number((uintptr_t)va_arg(ap, void *), 16, 0, width, pad);
			break;
		case 's': {
			const char *s = va_arg(ap, const char *);
			for (s = s ? s : "(null)"; *s; s++)
				log_putc(*s);
			break;
		}
		case 'c':
			log_putc((char)va_arg(ap, int));
			break;
		case '%':
			log_putc('%');
			break;
		default:
			log_putc('%');
			if (!*fmt)
				return;
			log_putc(*fmt);
		}
	}
}

void kprintf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	kvprintf(fmt, ap);
	va_end(ap);
}
