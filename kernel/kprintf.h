/* kprintf.h - formatted kernel log output and panic. */
#ifndef KERNEL_KPRINTF_H
#define KERNEL_KPRINTF_H

#include <stdarg.h>

void kvprintf(const char *fmt, va_list ap);
void kprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

struct exov6_trapframe;
/* Print "exov6: PANIC: ..." and the registers of tf (if not NULL), then
 * power off with the panic status. */
void panic_frame(const struct exov6_trapframe *tf, const char *fmt, ...)
	__attribute__((noreturn, format(printf, 2, 3)));
#define panic(...) panic_frame(0, __VA_ARGS__)

#endif
