/* multiboot.c - read the Multiboot v1 information structure (memory map,
 * modules, command line) into struct boot_info. */
#include "multiboot.h"
#include "kprintf.h"
#include "memlayout.h"
#include <string.h>

struct boot_info boot_info;

struct mb_info {
	uint32_t flags, mem_lower, mem_upper, boot_device, cmdline;
	uint32_t mods_count, mods_addr;
	uint32_t syms[4];
	uint32_t mmap_length, mmap_addr;
} __attribute__((packed));

struct mb_module {
	uint32_t start, end, string, reserved;
} __attribute__((packed));

struct mb_mmap {
	uint32_t size;
	uint64_t base, length;
	uint32_t type;
} __attribute__((packed));

#define MB_INFO_MEM     (1u << 0)
#define MB_INFO_CMDLINE (1u << 2)
#define MB_INFO_MODS    (1u << 3)
#define MB_INFO_MMAP    (1u << 6)

static void copy_string(char *dst, size_t size, uint32_t pa)
{
	strlcpy(dst, pa ? (const char *)p2v(pa) : "", size);
}

static void add_range(uint64_t start, uint64_t end)
{
	if (boot_info.nranges < BOOT_MAX_RANGES && start < end) {
		boot_info.ranges[boot_info.nranges].start = start;
		boot_info.ranges[boot_info.nranges].end = end;
		boot_info.nranges++;
	}
}

void multiboot_parse(uint32_t magic, uint64_t info_pa)
{
	if (magic != MULTIBOOT_BOOTLOADER_MAGIC)
		panic("not started by a Multiboot loader (magic %x)", magic);
	const struct mb_info *mbi = p2v(info_pa);

	if (mbi->flags & MB_INFO_CMDLINE)
		copy_string(boot_info.cmdline, sizeof boot_info.cmdline, mbi->cmdline);

	if (mbi->flags & MB_INFO_MMAP) {
		uint64_t p = mbi->mmap_addr, end = p + mbi->mmap_length;
		while (p < end) {
			const struct mb_mmap *m = p2v(p);
			if (m->type == 1)
				add_range(m->base, m->base + m->length);
			p += m->size + 4;
		}
	} else if (mbi->flags & MB_INFO_MEM) {
		add_range(0, (uint64_t)mbi->mem_lower << 10);
		add_range(0x100000, 0x100000 + ((uint64_t)mbi->mem_upper << 10));
	} else {
		panic("the boot loader gave no memory map");
	}

	if (mbi->flags & MB_INFO_MODS) {
		const struct mb_module *mods = p2v(mbi->mods_addr);
		for (uint32_t i = 0; i < mbi->mods_count; i++) {
			if (i == BOOT_MAX_MODULES)
				panic("more than %d boot modules", BOOT_MAX_MODULES);
			struct boot_module *bm = &boot_info.modules[i];
			bm->start = mods[i].start;
			bm->end = mods[i].end;
			copy_string(bm->string, sizeof bm->string, mods[i].string);
			size_t len = strcspn(bm->string, " ");
			const char *base = bm->string;
			for (size_t j = 0; j < len; j++)
				if (bm->string[j] == '/')
					base = bm->string + j + 1;
			size_t blen = len - (size_t)(base - bm->string);
			if (blen >= sizeof bm->name)
				blen = sizeof bm->name - 1;
			memcpy(bm->name, base, blen);
			bm->name[blen] = 0;
			boot_info.nmodules++;
		}
	}
}

int cmdline_has(const char *word)
{
	size_t n = strlen(word);
	const char *p = boot_info.cmdline;

	while (*p) {
		while (*p == ' ')
			p++;
		size_t len = strcspn(p, " ");
		if (len == 2 && p[0] == '-' && p[1] == '-')
			return 0;       /* the rest belongs to user space */
		if (len == n && memcmp(p, word, n) == 0)
			return 1;
		p += len;
	}
	return 0;
}
