/* power.h - power the machine off. */
#ifndef KERNEL_POWER_H
#define KERNEL_POWER_H

void power_off(int panicked) __attribute__((noreturn));

#endif
