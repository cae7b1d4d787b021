/* timer.c - time sources: the legacy PICs (remapped to vectors 32..47,
 * only the timer unmasked), PIT channel 0 ticking at TIMER_HZ for
 * preemption, and a TSC rate calibrated against PIT channel 2. */
#include "timer.h"
#include "x86.h"

#define PIC1 0x20
#define PIC2 0xa0
#define PIT_HZ 1193182

static uint64_t ticks;
static uint64_t tsc_rate;

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

static void calibrate_tsc(void)
{
	const unsigned count = PIT_HZ / 100;    /* 10 ms */
	outb(0x61, (inb(0x61) & ~0x02) | 0x01); /* gate on, speaker off */
	outb(0x43, 0xb0);                       /* channel 2, mode 0, lo/hi */
	outb(0x42, count & 0xff);
	outb(0x42, count >> 8);
	uint64_t start = rdtsc();
	while (!(inb(0x61) & 0x20))
		;
	tsc_rate = (rdtsc() - start) * 100;
}

void timer_init(void)
{
	calibrate_tsc();
	unsigned divisor = PIT_HZ / TIMER_HZ;
	outb(0x43, 0x34);                       /* channel 0, mode 2, lo/hi */
	outb(0x40, divisor & 0xff);
	outb(0x40, divisor >> 8);
}

void timer_tick(void)
{
	ticks++;
}

uint64_t timer_ticks(void)
{
	return ticks;
}

uint64_t tsc_hz(void)
{
	return tsc_rate;
}
