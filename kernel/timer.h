/* timer.h - the 8259 PICs, the 8254 PIT tick and the TSC rate. */
#ifndef KERNEL_TIMER_H
#define KERNEL_TIMER_H

#include <stdint.h>

#define TIMER_HZ 100

void pic_init(void);
void pic_eoi(int irq);
/* Mask or unmask one interrupt line (unmasking a slave line opens the
 * cascade). */
void pic_mask(int irq);
void pic_unmask(int irq);
void timer_init(void);
void timer_tick(void);
uint64_t timer_ticks(void);
/* TSC cycles per second, measured against the PIT at boot. */
uint64_t tsc_hz(void);

#endif
