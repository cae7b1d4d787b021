/* main.c - kmain: bring the machine up in order (consoles, boot info,
 * memory, segments, traps, timer), start the first program and schedule. */
#include <stdint.h>
#include "env.h"
#include "firstprog.h"
#include "gdt.h"
#include "kprintf.h"
#include "multiboot.h"
#include "pic.h"
#include "pmm.h"
#include "sched.h"
#include "serial.h"
#include "timer.h"
#include "trap.h"
#include "vm.h"
#include "x86.h"

void kmain(uint32_t magic, uint64_t info_pa)
{
	uint64_t tsc0 = rdtsc();

	serial_init();
	kprintf("exov6: booting (tsc %lu)\n", tsc0);
	multiboot_parse(magic, info_pa);
	uint64_t top = pmm_init();
	vm_init(top);
	gdt_init();
	trap_init();
	pic_init();
	pic_unmask(IRQ_CONSOLE);
	timer_init();
	env_init();
	kprintf("exov6: %lu MiB RAM, %lu pages free, %d modules, tsc %lu MHz, cmdline \"%s\"\n",
		top >> 20, (uint64_t)frames_free(), boot_info.nmodules, tsc_hz() / 1000000,
		boot_info.cmdline);

	if (cmdline_has("selftest=panic"))
		panic("self test: panic requested on the kernel command line");
	firstprog_start();
	uint64_t t = rdtsc(), mhz = tsc_hz() / 1000000;
	kprintf("exov6: user entry tsc=%lu (%lu us since reset, %lu us in the kernel)\n", t,
		mhz ? t / mhz : 0, mhz ? (t - tsc0) / mhz : 0);
	sched_yield();
}
