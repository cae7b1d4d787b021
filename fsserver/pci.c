/* pci.c - PCI configuration mechanism #1 on I/O ports 0xcf8 (address) and
 * 0xcfc (data), which the file server may touch because init granted it
 * EXOV6_RIGHT_IO. */
#include "pci.h"

#define PCI_ADDR 0xcf8
#define PCI_DATA 0xcfc

static void outl(uint16_t port, uint32_t v)
{
	__asm__ volatile("outl %0, %1" : : "a"(v), "Nd"(port));
}

static uint32_t inl(uint16_t port)
{
	uint32_t v;
	__asm__ volatile("inl %1, %0" : "=a"(v) : "Nd"(port));
	return v;
}

static void select_reg(const struct pci_dev *d, uint8_t off)
{
	outl(PCI_ADDR, 0x80000000u | (uint32_t)d->bus << 16 | (uint32_t)d->slot << 11 |
		       (uint32_t)d->fn << 8 | (off & 0xfcu));
}

uint32_t pci_read32(const struct pci_dev *d, uint8_t off)
{
	select_reg(d, off);
	return inl(PCI_DATA);
}

void pci_write16(const struct pci_dev *d, uint8_t off, uint16_t v)
{
	uint32_t word = pci_read32(d, off);
	int shift = (off & 2) * 8;
	word = (word & ~(0xffffu << shift)) | (uint32_t)v << shift;
	select_reg(d, off);
	outl(PCI_DATA, word);
}

int pci_find(uint16_t vendor, const uint16_t *devices, int ndevices, struct pci_dev *out)
{
	for (int slot = 0; slot < 32; slot++) {
		struct pci_dev d = { 0, (uint8_t)slot, 0, 0, 0 };
		uint32_t id = pci_read32(&d, 0);
		if ((id & 0xffff) != vendor)
			continue;
		for (int i = 0; i < ndevices; i++)
			if (id >> 16 == devices[i]) {
				d.vendor = vendor;
				d.device = devices[i];
				*out = d;
				return 0;
			}
	}
	return -1;
}

uint64_t pci_bar_address(const struct pci_dev *d, int bar)
{
	uint32_t lo = pci_read32(d, (uint8_t)(0x10 + 4 * bar));
	if (lo & 1)
		return 0;       /* an I/O BAR */
	uint64_t addr = lo & ~0xfu;
	if (((lo >> 1) & 3) == 2)
		addr |= (uint64_t)pci_read32(d, (uint8_t)(0x14 + 4 * bar)) << 32;
	return addr;
}

uint8_t pci_next_vendor_cap(const struct pci_dev *d, uint8_t after)
{
	if (!(pci_read32(d, 0x04) >> 16 & 0x10))
		return 0;       /* no capability list */
	uint8_t off = after ? (uint8_t)(pci_read32(d, after) >> 8) : (uint8_t)pci_read32(d, 0x34);
	for (int guard = 0; off && guard < 48; guard++) {
		off &= 0xfc;
		uint32_t head = pci_read32(d, off);
		if ((head & 0xff) == 0x09)
			return off;
		off = (uint8_t)(head >> 8);
	}
	return 0;
}
