/* multiboot.h - what the kernel keeps from the Multiboot v1 information:
 * the usable memory ranges, the boot modules and the command line, copied
 * into kernel memory before the page allocator may reuse the originals. */
#ifndef KERNEL_MULTIBOOT_H
#define KERNEL_MULTIBOOT_H

#include <stdint.h>

#define MULTIBOOT_BOOTLOADER_MAGIC 0x2BADB002
#define BOOT_MAX_MODULES 16
#define BOOT_MAX_RANGES 32
#define BOOT_CMDLINE_MAX 1024

struct boot_module {
	uint64_t start, end;     /* physical, end exclusive */
	char string[256];        /* "path arg arg" as the loader gave it */
	char name[64];           /* basename of path */
};

struct boot_range {
	uint64_t start, end;     /* usable RAM, physical, end exclusive */
};

struct boot_info {
	int nmodules;
	struct boot_module modules[BOOT_MAX_MODULES];
	int nranges;
	struct boot_range ranges[BOOT_MAX_RANGES];
	char cmdline[BOOT_CMDLINE_MAX];
};

extern struct boot_info boot_info;

/* Copy what we need from the loader's structures; panics on a bad magic. */
void multiboot_parse(uint32_t magic, uint64_t info_pa);

/* Does the kernel command line contain the word `word`? */
int cmdline_has(const char *word);

#endif
