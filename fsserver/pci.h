/* pci.h - PCI configuration space through the legacy ports 0xcf8/0xcfc
 * (the file server holds the I/O right), device lookup and capabilities. */
#ifndef FSSERVER_PCI_H
#define FSSERVER_PCI_H

#include <stdint.h>

struct pci_dev {
	uint8_t bus, slot, fn;
	uint16_t vendor, device;
};

uint32_t pci_read32(const struct pci_dev *d, uint8_t off);
void pci_write16(const struct pci_dev *d, uint8_t off, uint16_t v);
/* The first function on bus 0 with this vendor and one of the device ids;
 * 0 when found, -1 when none. */
int pci_find(uint16_t vendor, const uint16_t *devices, int ndevices, struct pci_dev *out);
/* The physical address of memory BAR `bar` (32- or 64-bit), 0 if none. */
uint64_t pci_bar_address(const struct pci_dev *d, int bar);
/* Offset of the next vendor-specific capability after `after` (0: the
 * first), 0 when there is none. */
uint8_t pci_next_vendor_cap(const struct pci_dev *d, uint8_t after);

#endif
