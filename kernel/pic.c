/* pic.c - the legacy 8259 interrupt controllers: remapped to vectors
 * 32..47 (T_IRQ0), every line masked but the timer's until a driver or
 * the kernel unmasks it. */
#include "pic.h"
#include "x86.h"

#define PIC1 0x20
#define PIC2 0xa0

void pic_init(void)
{
	outb(PIC1, 0x11);       /* ICW1: init, ICW4 follows */
	outb(PIC2, 0x11);
	outb(PIC1 + 1, 32);     /* ICW2: vector base */
	outb(PIC2 + 1, 40);
	outb(PIC1 + 1, 4);      /* ICW3: slave on IRQ2 */
	outb(PIC2 + 1, 2);
	outb(PIC1 + 1, 1);      /* ICW4: 8086 mode */
	outb(PIC2 + 1, 1);
	outb(PIC1 + 1, 0xfe);   /* only IRQ0 */
	outb(PIC2 + 1, 0xff);
}

void pic_eoi(int irq)
{
	if (irq >= 8)
		outb(PIC2, 0x20);
	outb(PIC1, 0x20);
}

static uint16_t pic_masked = 0xfffe;

static void pic_write_mask(void)
{
	outb(PIC1 + 1, (uint8_t)pic_masked);
	outb(PIC2 + 1, (uint8_t)(pic_masked >> 8));
}

void pic_mask(int irq)
{
	pic_masked |= (uint16_t)(1u << irq);
	pic_write_mask();
}

void pic_unmask(int irq)
{
	pic_masked &= (uint16_t)~(1u << irq);
	if (irq >= 8)
		pic_masked &= (uint16_t)~(1u << 2);     /* the cascade */
	pic_write_mask();
}

