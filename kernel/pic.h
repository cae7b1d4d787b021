/* pic.h - the 8259 interrupt controllers. */
#ifndef KERNEL_PIC_H
#define KERNEL_PIC_H

/* Interrupt lines the kernel keeps: the timer, the cascade, COM1. */
#define IRQ_TIMER   0
#define IRQ_CASCADE 2
#define IRQ_CONSOLE 4

void pic_init(void);
void pic_eoi(int irq);
/* Mask or unmask one interrupt line (unmasking a slave line opens the
 * cascade). */
void pic_mask(int irq);
void pic_unmask(int irq);
/* May a driver env own line irq?  Every line but the kernel's. */
static inline int pic_user_line(unsigned long irq)
{
	return irq < 16 && irq != IRQ_TIMER && irq != IRQ_CASCADE && irq != IRQ_CONSOLE;
}

#endif
