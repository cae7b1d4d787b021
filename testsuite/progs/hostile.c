/* hostile.c - a hostile program: system call arguments that start valid
 * and run into the page-table window, into kernel space, into unmapped or
 * read-only pages, or wrap around; boot module frames it tries to make
 * writable or to map over the window; a wait status page its parent
 * remaps while it is blocked; signals to the system servers; a fork bomb.
 * The kernel must answer each with an error code and keep running, write
 * nothing it was not allowed to, and give every frame back.
 *
 *   hostile ranges      pointer and range checks of every call (bare boot,
 *                       with the hostile-mod boot module)
 *   hostile modmap      module frames: no rights upgrade, no mapping over
 *                       the page-table window (bare boot, hostile-mod)
 *   hostile waitremap   the status page of a blocked SYS_env_wait remapped
 *                       by the waiter's parent, and the page of a queued
 *                       IPC grant (bare boot, hostile-mod)
 *   hostile conremap    the buffer of a blocked console read remapped
 *                       (bare boot; a key is typed at each "console
 *                       reader N blocked" line)
 *   hostile logforge    process names that would forge kernel log lines
 *                       (bare boot)
 *   hostile signals     signals and other calls against init and the file
 *                       server; signals among ordinary processes (disk boot)
 *   hostile forkbomb    fork until fork fails, kill everything, recover
 *                       (bare boot)
 *
 * The hostile-mod module (made by exov6.security/hostile.exp) is 3 pages
 * whose 64-bit word i is ((i % 512) << 12) | 5: every page of it reads as a
 * page table mapping the first 2 MiB of physical memory to user space, so
 * a kernel that lets it become a page table shows at once.
 *
 * Error codes expected (the rule the kernel follows): a pointer to a buffer
 * the kernel reads or writes (cputs, trapframe, wait status, module info,
 * command line, name, futex word, console buffer, page_phys) that is not
 * entirely mapped user memory outside the window, with write rights when
 * the kernel writes, is -EFAULT; a page address argument (page_alloc,
 * page_map, page_unmap, module_map, ipc_window, mmio_map, IPC grant
 * source) or an exception stack range outside user space or touching the
 * window is -EINVAL; a grant source that is merely unmapped is -EFAULT;
 * more rights on a frame somebody else holds is -EACCES.
 *
 * Every check prints "ok TEXT" or "FAIL TEXT: got ..., want ..."; the
 * program ends with "hostile MODE done: N failures" and exits 0 (its
 * status is not the verdict: the checks are). */
#include <errno.h>
#include <exov6/env.h>
#include <exov6/errno.h>
#include <exov6/fs_client.h>
#include <exov6/ipc.h>
#include <exov6/layout.h>
#include <exov6/syscall.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#define PG EXOV6_PAGE_SIZE
#define KERNEL_HALF 0xffff800000000000ul
#define NONCANONICAL 0x0000900000000000ul
#define UVPT_PML4_PAGE UVPML4           /* the window page showing the PML4 */
/* The window page showing the page table that maps our text (present). */
#define UVPT_TEXT_PT (UVPT + (UTEXT_BASE >> 21) * EXOV6_PAGE_SIZE)

#define MOD_NAME "hostile-mod"
#define MOD_PAGES 3
#define MODVA (UMODULE_BASE + 0x1000000ul)

/* Pages of the ranges mode. */
#define LOW (UVPT - 2 * PG)             /* two RW pages ending at the window */
#define TOP (UADDR_LIMIT - PG)          /* RW page ending at the lower half's end */
#define ABOVE UVPT_END                  /* RW page just above the window */
#define V 0x72000000ul                  /* RW page, nothing mapped after it */
#define V2 0x72100000ul                 /* RW page followed by a read-only one */
#define V2RO (V2 + PG)
#define SCRATCH 0x73000000ul

/* No NUL and no control character (a name made of it is refused only
 * because of where it runs): never printed. */
static const char leak[16] = "LEAK-LEAK-LEAK!!";
static const char edge_ok[16] = "hostile-edge-ok\n";

static int failures, verbose;
extern char **environ;

/* With -v: where the free page count stands. */
static void trace(const char *where)
{
	if (verbose)
		printf("hostile: %ld pages free %s\n", exov6_syscall0(SYS_mem_free_pages), where);
}

static void say(int ok, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void say(int ok, const char *fmt, ...)
{
	char buf[300];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	/* "TEXT|DETAIL": the detail (values) only in a failure's line, so a
	 * passing check keeps the same name from run to run. */
	char *detail = strchr(buf, '|');
	if (detail)
		*detail++ = 0;
	if (ok || !detail)
		printf("%s %s\n", ok ? "ok" : "FAIL", buf);
	else
		printf("FAIL %s (%s)\n", buf, detail);
	fflush(stdout);
	failures += !ok;
}

static void expect(const char *what, long got, long want)
{
	if (got == want)
		say(1, "%s", what);
	else
		say(0, "%s: got %ld, want %ld", what, got, want);
}

static long sys1(long n, unsigned long a) { return exov6_syscall1(n, a); }
static long sys2(long n, unsigned long a, unsigned long b) { return exov6_syscall2(n, a, b); }
static long sys3(long n, unsigned long a, unsigned long b, unsigned long c)
{
	return exov6_syscall3(n, a, b, c);
}
static long sys4(long n, unsigned long a, unsigned long b, unsigned long c, unsigned long d)
{
	return exov6_syscall4(n, a, b, c, d);
}
static long sys5(long n, unsigned long a, unsigned long b, unsigned long c, unsigned long d,
		 unsigned long e)
{
	return exov6_syscall5(n, a, b, c, d, e);
}

/* Is va mapped (read through the window, upper levels first)? */
static int mapped(unsigned long va)
{
	return (UVPT_PML4E(va) & EXOV6_PTE_P) && (UVPT_PDPTE(va) & EXOV6_PTE_P) &&
	       (UVPT_PDE(va) & EXOV6_PTE_P) && (UVPT_PTE(va) & EXOV6_PTE_P);
}

static unsigned long pde_of(unsigned long va)
{
	if (!(UVPT_PML4E(va) & EXOV6_PTE_P) || !(UVPT_PDPTE(va) & EXOV6_PTE_P))
		return 0;
	return UVPT_PDE(va);
}

static void pause_ms(long ms)
{
	struct timespec t = { ms / 1000, (ms % 1000) * 1000000 };
	nanosleep(&t, NULL);
}

static void *shared_pages(size_t n)
{
	void *p = mmap(NULL, n * PG, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED) {
		say(0, "mmap of a shared page");
		exit(1);
	}
	memset(p, 0, n * PG);
	return p;
}

/* ---- the boot module ---- */

static unsigned long mod_word(unsigned long i)
{
	return ((i % 512) << 12) | 5;
}

static long mod_index = -1;

static long find_module(void)
{
	static struct exov6_module_info info;
	/* The kernel does not break copy-on-write for us: touch it first. */
	memset(&info, 0, sizeof info);
	for (long i = 0; sys2(SYS_module_info, (unsigned long)i, (unsigned long)&info) == 0; i++)
		if (strcmp(info.name, MOD_NAME) == 0 && info.size == MOD_PAGES * PG)
			return mod_index = i;
	say(0, "boot module %s (%lu bytes) is there", MOD_NAME, MOD_PAGES * PG);
	return -1;
}

/* Does the module read as made, at va?  Returns the first bad word + 1. */
static unsigned long mod_bad_word(unsigned long va)
{
	const volatile unsigned long *w = (const volatile unsigned long *)va;
	for (unsigned long i = 0; i < MOD_PAGES * PG / 8; i++)
		if (w[i] != mod_word(i))
			return i + 1;
	return 0;
}

/* Map the module afresh at a scratch address and compare it. */
static int mod_intact(void)
{
	unsigned long va = UMODULE_BASE + 0x3000000ul;
	if (sys2(SYS_module_map, (unsigned long)mod_index, va))
		return 0;
	unsigned long bad = mod_bad_word(va);
	for (unsigned long i = 0; i < MOD_PAGES; i++)
		sys2(SYS_page_unmap, 0, va + i * PG);
	return bad == 0;
}

/* Another program (a fresh child) maps the module and compares it. */
static void mod_intact_elsewhere(const char *what)
{
	fflush(stdout);
	pid_t pid = fork();
	if (pid == 0)
		_exit(mod_intact() ? 0 : 1);
	int st = -1;
	waitpid(pid, &st, 0);
	say(WIFEXITED(st) && WEXITSTATUS(st) == 0, "%s: another program sees the module unchanged", what);
}

/* ---- a stopped child to name in calls, and a zombie ---- */

static long stopped_child(void)
{
	long id = exov6_syscall0(SYS_exofork);
	if (id == 0)
		for (;;)
			;       /* never runs: nobody makes it runnable */
	return id;
}

/* ---- an IPC receiver that counts messages and granted pages ---- */

struct ipc_log {
	volatile long received, granted;
	volatile unsigned long last_perm, window_pte;
};

#define RECV_WINDOW 0x74000000ul

static pid_t ipc_receiver(struct ipc_log *log)
{
	fflush(stdout);
	pid_t pid = fork();
	if (pid == 0) {
		sys1(SYS_ipc_window, RECV_WINDOW);
		struct exov6_msg m = exov6_ipc_recv(0);
		for (;;) {
			if (m.error == 0) {
				log->received++;
				if (m.perm) {
					log->granted++;
					log->last_perm = m.perm;
					log->window_pte = mapped(RECV_WINDOW) ? UVPT_PTE(RECV_WINDOW) : 0;
					sys2(SYS_page_unmap, 0, RECV_WINDOW);
				}
			}
			m = exov6_ipc_reply_recv(m.error == 0 && m.wants_reply ? m.from : 0, 0, 0, 0, 0, 0);
		}
	}
	/* Let it reach its receive. */
	for (int i = 0; i < 20; i++)
		sys1(SYS_yield, 0);
	pause_ms(20);
	return pid;
}

static void stop_child(pid_t pid)
{
	sys2(SYS_env_signal, (unsigned long)pid, SIGKILL);
	waitpid(pid, NULL, 0);
}

/* ================= ranges ================= */

struct range {
	const char *what;
	unsigned long va, len;
};

/* Buffers that start valid and run somewhere bad (len bytes). */
static int bad_ranges(struct range *r, int write)
{
	int n = 0;
	r[n++] = (struct range){ "runs into the page-table window", UVPT - 16, 32 };
	r[n++] = (struct range){ "runs one byte into the window", UVPT - 1, 2 };
	r[n++] = (struct range){ "spans the whole window", UVPT - 16, UVPT_END - UVPT + 32 };
	r[n++] = (struct range){ "starts in the window, ends in a mapped page", UVPT_END - 16, 32 };
	r[n++] = (struct range){ "starts in the window (its PML4 page)", UVPT_PML4_PAGE, 16 };
	r[n++] = (struct range){ "lies in the window (our text's page table)", UVPT_TEXT_PT + 8, 16 };
	r[n++] = (struct range){ "runs past the lower half", UADDR_LIMIT - 16, 32 };
	r[n++] = (struct range){ "runs into kernel space", UADDR_LIMIT - 16, KERNEL_HALF - UADDR_LIMIT + 32 };
	r[n++] = (struct range){ "runs into an unmapped page", V + PG - 16, 32 };
	r[n++] = (struct range){ "wraps around to address 16", V, (unsigned long)-(long)V + 16 };
	r[n++] = (struct range){ "wraps around (length ~0)", V + 16, ~0ul };
	r[n++] = (struct range){ "is a kernel pointer", KERNEL_HALF + 0x100000, 16 };
	r[n++] = (struct range){ "is non-canonical", NONCANONICAL, 16 };
	if (write) {
		r[n++] = (struct range){ "runs into a read-only page", V2RO - 16, 32 };
		r[n++] = (struct range){ "lies in a read-only page", V2RO + 8, 16 };
		r[n++] = (struct range){ "lies in the read-only module", MODVA + 8, 16 };
		r[n++] = (struct range){ "lies in the read-only info page", UINFO + 8, 16 };
	}
	return n;
}

/* Pointers to an object of size bytes placed so it runs somewhere bad. */
static int bad_objects(struct range *r, unsigned long size, int write)
{
	int n = 0;
	r[n++] = (struct range){ "straddles the window's start", UVPT - size / 2, size };
	r[n++] = (struct range){ "lies inside the window (our text's page table)", UVPT_TEXT_PT + 8, size };
	r[n++] = (struct range){ "lies inside the window (its PML4 page)", UVPT_PML4_PAGE + 8, size };
	r[n++] = (struct range){ "straddles the window's end", UVPT_END - size / 2, size };
	r[n++] = (struct range){ "straddles the lower half's end", UADDR_LIMIT - size / 2, size };
	r[n++] = (struct range){ "straddles into an unmapped page", V + PG - size / 2, size };
	r[n++] = (struct range){ "wraps around", (unsigned long)-(long)(size / 2), size };
	r[n++] = (struct range){ "is a kernel pointer", KERNEL_HALF + 0x100000, size };
	r[n++] = (struct range){ "is non-canonical", NONCANONICAL, size };
	if (write) {
		r[n++] = (struct range){ "straddles into a read-only page", V2RO - size / 2, size };
		r[n++] = (struct range){ "lies in a read-only page", V2RO + 8, size };
		r[n++] = (struct range){ "lies in the read-only module", MODVA + 8, size };
		r[n++] = (struct range){ "lies in the read-only info page", UINFO + 8, size };
	}
	return n;
}

/* Page addresses that are not user pages. */
static int bad_pages(struct range *r)
{
	int n = 0;
	r[n++] = (struct range){ "the window's first page", UVPT, PG };
	r[n++] = (struct range){ "the window's PML4 page", UVPT_PML4_PAGE, PG };
	r[n++] = (struct range){ "the window page of our text's page table", UVPT_TEXT_PT, PG };
	r[n++] = (struct range){ "the window's last page", UVPT_END - PG, PG };
	r[n++] = (struct range){ "the end of the lower half", UADDR_LIMIT, PG };
	r[n++] = (struct range){ "kernel space", KERNEL_HALF, PG };
	r[n++] = (struct range){ "the kernel image", 0xffffffff80000000ul, PG };
	r[n++] = (struct range){ "a non-canonical page", NONCANONICAL, PG };
	r[n++] = (struct range){ "the last page of the address space", (unsigned long)-(long)PG, PG };
	r[n++] = (struct range){ "an unaligned address before the window", UVPT - 8, PG };
	return n;
}

static unsigned char ro_before[PG], v2_before[PG], info_before[PG];

static void snapshot(void)
{
	memcpy(ro_before, (const void *)V2RO, PG);
	memcpy(v2_before, (const void *)V2, PG);
	memcpy(info_before, (const void *)UINFO, PG);
}

/* Nothing the kernel was asked to write into has changed. */
static void unchanged(const char *call)
{
	say(memcmp(ro_before, (const void *)V2RO, PG) == 0, "%s: the read-only page is unchanged", call);
	say(memcmp(v2_before, (const void *)V2, PG) == 0,
	    "%s: the writable page before the read-only one is unchanged (no partial write)", call);
	say(memcmp(info_before, (const void *)UINFO, sizeof(struct exov6_info)) == 0,
	    "%s: the info page is unchanged", call);
	say(mod_index < 0 || mod_bad_word(MODVA) == 0, "%s: the module is unchanged", call);
	say(memcmp((const void *)(UVPT - 16), leak, 16) == 0 && memcmp((const void *)(V + PG - 16), leak, 16) == 0 &&
	    memcmp((const void *)(UADDR_LIMIT - 16), leak, 16) == 0,
	    "%s: the valid start of every range is unchanged", call);
}

static void ranges_setup(void)
{
	unsigned long rw[] = { LOW, LOW + PG, TOP, ABOVE, V, V2, V2RO };
	for (unsigned i = 0; i < sizeof rw / sizeof rw[0]; i++)
		if (sys3(SYS_page_alloc, 0, rw[i], EXOV6_PTE_W | EXOV6_PTE_NX))
			say(0, "setup: page_alloc at %#lx", rw[i]);
	sys2(SYS_page_unmap, 0, V + PG);
	memcpy((void *)(UVPT - 16), leak, 16);
	memcpy((void *)(UVPT - 32), edge_ok, 16);
	memcpy((void *)(UADDR_LIMIT - 16), leak, 16);
	memcpy((void *)(UADDR_LIMIT - 32), edge_ok, 16);
	memcpy((void *)(V + PG - 16), leak, 16);
	memset((void *)V2, 0x5a, PG);
	memset((void *)V2RO, 0xa5, PG);
	memset((void *)ABOVE, 0x5a, PG);
	/* Downgrade V2RO to read-only in place (always allowed). */
	if (sys5(SYS_page_map, 0, V2RO, 0, V2RO, EXOV6_PTE_NX) || (UVPT_PTE(V2RO) & EXOV6_PTE_W))
		say(0, "setup: V2RO read-only");
	if (find_module() >= 0 && sys2(SYS_module_map, (unsigned long)mod_index, MODVA))
		say(0, "setup: module_map at MODVA");
	snapshot();
}

static void ranges_cputs(void)
{
	struct range r[32];
	int n = bad_ranges(r, 0);
	for (int i = 0; i < n; i++) {
		char what[120];
		snprintf(what, sizeof what, "cputs: a buffer that %s: EFAULT", r[i].what);
		expect(what, sys2(SYS_cputs, r[i].va, r[i].len), -EFAULT);
	}
	expect("cputs: a buffer ending exactly at the window is written",
	       sys2(SYS_cputs, UVPT - 32, 16), 16);
	expect("cputs: a buffer ending exactly at the lower half's end is written",
	       sys2(SYS_cputs, UADDR_LIMIT - 32, 16), 16);
}

static void ranges_trapframe(long kid)
{
	struct range r[32];
	int n = bad_objects(r, sizeof(struct exov6_trapframe), 0);
	for (int i = 0; i < n; i++) {
		char what[120];
		snprintf(what, sizeof what, "env_set_trapframe: a frame that %s: EFAULT", r[i].what);
		expect(what, sys2(SYS_env_set_trapframe, (unsigned long)kid, r[i].va), -EFAULT);
	}
	struct exov6_trapframe *tf = (void *)(UVPT - sizeof *tf), keep = *tf;
	memset(tf, 0, sizeof *tf);
	tf->rip = UTEXT_BASE;
	tf->rsp = USTACK_TOP;
	expect("env_set_trapframe: a frame ending exactly at the window is taken",
	       sys2(SYS_env_set_trapframe, (unsigned long)kid, (unsigned long)tf), 0);
	*tf = keep;
}

static void ranges_wait(void)
{
	long z = stopped_child();
	sys1(SYS_env_destroy, (unsigned long)z);        /* a zombie to collect */
	struct range r[32];
	int n = bad_objects(r, sizeof(int), 1);
	for (int i = 0; i < n; i++) {
		char what[120];
		snprintf(what, sizeof what, "env_wait: a status pointer that %s: EFAULT", r[i].what);
		expect(what, sys3(SYS_env_wait, (unsigned long)z, r[i].va, EXOV6_WAIT_NOHANG), -EFAULT);
	}
	int *st = (int *)(UVPT - 4);
	int keep = *st;
	long got = sys3(SYS_env_wait, (unsigned long)z, (unsigned long)st, EXOV6_WAIT_NOHANG);
	say(got == z && *st == EXOV6_W_SIGNALED(9),
	    "env_wait: the zombie was kept, and a status pointer ending at the window gets its status|got %ld, status %#x",
	    got, *st);
	*st = keep;
	unchanged("env_wait");
}

static void ranges_module_info(void)
{
	struct range r[32];
	int n = bad_objects(r, sizeof(struct exov6_module_info), 1);
	for (int i = 0; i < n; i++) {
		char what[120];
		snprintf(what, sizeof what, "module_info: an info pointer that %s: EFAULT", r[i].what);
		expect(what, sys2(SYS_module_info, 0, r[i].va), -EFAULT);
	}
	unsigned long at = UVPT - sizeof(struct exov6_module_info) - 64;
	expect("module_info: an info buffer just below the window is filled", sys2(SYS_module_info, 0, at), 0);
	unchanged("module_info");
}

static void ranges_module_map(void)
{
	if (mod_index < 0)
		return;
	struct range r[32];
	int n = bad_pages(r);
	for (int i = 0; i < n; i++) {
		char what[120];
		snprintf(what, sizeof what, "module_map: at %s: EINVAL", r[i].what);
		expect(what, sys2(SYS_module_map, (unsigned long)mod_index, r[i].va), -EINVAL);
	}
	unsigned long va = UADDR_LIMIT - 2 * PG;        /* our top stack page */
	expect("module_map: 3 pages from the top stack page, running past the lower half: EINVAL",
	       sys2(SYS_module_map, (unsigned long)mod_index, va), -EINVAL);
	expect("module_map: 3 pages from the lower half's last page: EINVAL",
	       sys2(SYS_module_map, (unsigned long)mod_index, TOP), -EINVAL);
	say((UVPT_PTE(va) & EXOV6_PTE_W) && (UVPT_PTE(TOP) & EXOV6_PTE_W) &&
	    memcmp((const void *)(UADDR_LIMIT - 16), leak, 16) == 0,
	    "module_map: ... and our pages there are untouched");
	expect("module_map: 3 pages wrapping around the address space: EINVAL",
	       sys2(SYS_module_map, (unsigned long)mod_index, (unsigned long)-(long)PG), -EINVAL);
}

static void ranges_cmdline(void)
{
	struct range r[32];
	int n = bad_ranges(r, 1);
	for (int i = 0; i < n; i++) {
		char what[120];
		snprintf(what, sizeof what, "kernel_cmdline: a buffer that %s: EFAULT", r[i].what);
		expect(what, sys2(SYS_kernel_cmdline, r[i].va, r[i].len), -EFAULT);
	}
	char *buf = (char *)(LOW + 64);
	long len = sys2(SYS_kernel_cmdline, (unsigned long)buf, UVPT - (unsigned long)buf);
	say(len >= 0 && (unsigned long)len < UVPT - (unsigned long)buf && strlen(buf) == (size_t)len,
	    "kernel_cmdline: a buffer ending at the window is filled|%ld", len);
	memset(buf, 0, 256);
	unchanged("kernel_cmdline");
}

static void ranges_name(long kid)
{
	/* No NUL before the bad part. */
	struct range r[] = {
		{ "runs into the window", UVPT - 16, 0 },
		{ "runs past the lower half", UADDR_LIMIT - 16, 0 },
		{ "runs into an unmapped page", V + PG - 16, 0 },
		{ "starts in the window", UVPT_END - 8, 0 },
		{ "lies in the window (our text's page table)", UVPT_TEXT_PT + 8, 0 },
		{ "wraps around", (unsigned long)-8l, 0 },
		{ "is a kernel pointer", 0xffffffff80100000ul, 0 },
	};
	for (unsigned i = 0; i < sizeof r / sizeof r[0]; i++) {
		char what[120];
		snprintf(what, sizeof what, "env_set_name: a name that %s: EFAULT", r[i].what);
		expect(what, sys2(SYS_env_set_name, (unsigned long)kid, r[i].va), -EFAULT);
	}
	char *name = (char *)(UVPT - 48);
	memcpy(name, "edge-name", 10);
	expect("env_set_name: a name ending just below the window is taken",
	       sys2(SYS_env_set_name, (unsigned long)kid, (unsigned long)name), 0);
	/* Its NUL the last byte before the window: a string in valid memory. */
	name = (char *)(UVPT - 10);
	memcpy(name, "edge-name", 10);
	expect("env_set_name: a name whose NUL is the last byte before the window is taken",
	       sys2(SYS_env_set_name, (unsigned long)kid, (unsigned long)name), 0);
	memcpy((void *)(UVPT - 16), leak, 16);
}

static void handler_entry(void) {}

static void ranges_upcall(long kid)
{
	unsigned long entry = (unsigned long)handler_entry;
	struct { const char *what; unsigned long lo, hi; } r[] = {
		{ "runs into the window", UVPT - PG, UVPT + PG },
		{ "lies in the window", UVPT, UVPT + PG },
		{ "runs out of the window's end", UVPT_END - PG, UVPT_END + PG },
		{ "spans the window", UVPT - PG, UVPT_END + PG },
		{ "runs past the lower half", UADDR_LIMIT - PG, UADDR_LIMIT + PG },
		{ "runs into kernel space", UADDR_LIMIT - PG, KERNEL_HALF + PG },
		{ "lies in kernel space", KERNEL_HALF, KERNEL_HALF + PG },
		{ "is reversed (wraps)", V + PG, V },
	};
	for (unsigned i = 0; i < sizeof r / sizeof r[0]; i++) {
		char what[120];
		snprintf(what, sizeof what, "env_set_upcall: an exception stack that %s: EINVAL", r[i].what);
		expect(what, sys4(SYS_env_set_upcall, (unsigned long)kid, entry, r[i].lo, r[i].hi), -EINVAL);
	}
	expect("env_set_upcall: a stack ending at the window is taken",
	       sys4(SYS_env_set_upcall, (unsigned long)kid, entry, UVPT - PG, UVPT), 0);
	expect("env_set_upcall: a stack starting at the window's end is taken",
	       sys4(SYS_env_set_upcall, (unsigned long)kid, entry, UVPT_END, UVPT_END + PG), 0);
	expect("env_set_upcall: a stack ending at the lower half's end is taken",
	       sys4(SYS_env_set_upcall, (unsigned long)kid, entry, UADDR_LIMIT - PG, UADDR_LIMIT), 0);
}

static void ranges_pages(long kid)
{
	unsigned long pml4e = UVPT_PML4E(UVPT);
	struct range r[32];
	int n = bad_pages(r);
	for (int i = 0; i < n; i++) {
		char what[120];
		snprintf(what, sizeof what, "page_alloc: at %s: EINVAL", r[i].what);
		expect(what, sys3(SYS_page_alloc, 0, r[i].va, EXOV6_PTE_W), -EINVAL);
		snprintf(what, sizeof what, "page_alloc: in a child at %s: EINVAL", r[i].what);
		expect(what, sys3(SYS_page_alloc, (unsigned long)kid, r[i].va, EXOV6_PTE_W), -EINVAL);
		snprintf(what, sizeof what, "page_map: to %s: EINVAL", r[i].what);
		expect(what, sys5(SYS_page_map, 0, V, 0, r[i].va, EXOV6_PTE_NX), -EINVAL);
		snprintf(what, sizeof what, "page_map: from %s: EINVAL", r[i].what);
		expect(what, sys5(SYS_page_map, 0, r[i].va, 0, SCRATCH, EXOV6_PTE_NX), -EINVAL);
		snprintf(what, sizeof what, "page_map: from %s, writable: EINVAL", r[i].what);
		expect(what, sys5(SYS_page_map, 0, r[i].va, 0, SCRATCH, EXOV6_PTE_W | EXOV6_PTE_NX), -EINVAL);
		snprintf(what, sizeof what, "page_unmap: at %s: EINVAL", r[i].what);
		expect(what, sys2(SYS_page_unmap, 0, r[i].va), -EINVAL);
	}
	say(!mapped(SCRATCH), "page_map: nothing was mapped from the window");
	say(UVPT_PML4E(UVPT) == pml4e && !(pml4e & EXOV6_PTE_W), "the window is still there, read-only|%#lx", pml4e);
	expect("page_alloc: the page just below the window", sys3(SYS_page_alloc, 0, UVPT - 3 * PG, EXOV6_PTE_W), 0);
	expect("page_map: the page just above the window", sys5(SYS_page_map, 0, V, 0, UVPT_END + PG, EXOV6_PTE_NX), 0);
	expect("page_unmap: below the window", sys2(SYS_page_unmap, 0, UVPT - 3 * PG), 0);
	expect("page_unmap: above the window", sys2(SYS_page_unmap, 0, UVPT_END + PG), 0);
}

static void ranges_page_phys(void)
{
	struct range r[] = {
		{ "in the window", UVPT, 0 },
		{ "the window's PML4 page", UVPT_PML4_PAGE + 8, 0 },
		{ "our text's page table in the window", UVPT_TEXT_PT + 8, 0 },
		{ "the window's last byte", UVPT_END - 1, 0 },
		{ "the end of the lower half", UADDR_LIMIT, 0 },
		{ "in kernel space", KERNEL_HALF, 0 },
		{ "the last byte of the address space", ~0ul, 0 },
		{ "non-canonical", NONCANONICAL, 0 },
		{ "unmapped", V + PG, 0 },
	};
	for (unsigned i = 0; i < sizeof r / sizeof r[0]; i++) {
		char what[120];
		snprintf(what, sizeof what, "page_phys: %s: EFAULT", r[i].what);
		expect(what, sys1(SYS_page_phys, r[i].va), -EFAULT);
	}
	long base = sys1(SYS_page_phys, UVPT - PG);
	say(base > 0 && sys1(SYS_page_phys, UVPT - 1) == base + (long)PG - 1,
	    "page_phys: the last byte below the window");
}

static void ranges_ipc(void)
{
	struct ipc_log *log = shared_pages(1);
	pid_t rcv = ipc_receiver(log);
	struct range r[32];
	int n = bad_pages(r);
	for (int i = 0; i < n; i++) {
		char what[120];
		snprintf(what, sizeof what, "ipc_window: %s: EINVAL", r[i].what);
		expect(what, sys1(SYS_ipc_window, r[i].va), -EINVAL);
		snprintf(what, sizeof what, "ipc_send: granting %s: EINVAL", r[i].what);
		expect(what, exov6_syscall6(SYS_ipc_send, rcv, 1, 2, 3, (long)r[i].va, EXOV6_PTE_NX), -EINVAL);
		snprintf(what, sizeof what, "ipc_call: granting %s, writable: EINVAL", r[i].what);
		expect(what, exov6_ipc_call(rcv, 1, 2, 3, (const void *)r[i].va, EXOV6_PTE_W | EXOV6_PTE_NX).error, -EINVAL);
	}
	expect("ipc_send: granting an unmapped page: EFAULT",
	       exov6_syscall6(SYS_ipc_send, rcv, 1, 2, 3, (long)(V + PG), EXOV6_PTE_NX), -EFAULT);
	if (mod_index >= 0)
		expect("ipc_send: granting a module page writable: EACCES",
		       exov6_syscall6(SYS_ipc_send, rcv, 1, 2, 3, (long)MODVA, EXOV6_PTE_W | EXOV6_PTE_NX), -EACCES);
	pause_ms(20);
	say(log->received == 0 && log->granted == 0,
	    "ipc: no refused message arrived|%ld messages, %ld pages", log->received, log->granted);
	expect("ipc_window: the page just below the window", sys1(SYS_ipc_window, UVPT - PG), 0);
	expect("ipc_window: off again", sys1(SYS_ipc_window, 0), 0);
	expect("ipc_send: granting the page just below the window",
	       exov6_syscall6(SYS_ipc_send, rcv, 1, 2, 3, (long)(UVPT - PG), EXOV6_PTE_NX), 0);
	for (int i = 0; i < 50 && log->granted == 0; i++)
		pause_ms(10);
	say(log->received == 1 && log->granted == 1 && !(log->last_perm & EXOV6_PTE_W) &&
	    (log->window_pte & EXOV6_PTE_P) && !(log->window_pte & EXOV6_PTE_W),
	    "ipc: the good grant arrived read-only|perm %#lx, pte %#lx", log->last_perm, log->window_pte);
	stop_child(rcv);
	munmap(log, PG);
}

static void ranges_futex(void)
{
	struct range r[] = {
		{ "the window's first word", UVPT, 0 },
		{ "a word of the window's PML4 page", UVPT_PML4_PAGE + 8, 0 },
		{ "a word of our text's page table in the window", UVPT_TEXT_PT + 16, 0 },
		{ "the window's last word", UVPT_END - 4, 0 },
		{ "the end of the lower half", UADDR_LIMIT, 0 },
		{ "kernel space", KERNEL_HALF, 0 },
		{ "the kernel image", 0xffffffff80100000ul, 0 },
		{ "non-canonical", NONCANONICAL, 0 },
		{ "an unmapped page", V + PG, 0 },
		{ "the last word of the address space", (unsigned long)-4l, 0 },
	};
	for (unsigned i = 0; i < sizeof r / sizeof r[0]; i++) {
		char what[120];
		snprintf(what, sizeof what, "futex_wait: %s: EFAULT", r[i].what);
		expect(what, sys3(SYS_futex_wait, r[i].va, 0x12345678, 1000000), -EFAULT);
		snprintf(what, sizeof what, "futex_wake: %s: EFAULT", r[i].what);
		expect(what, sys2(SYS_futex_wake, r[i].va, 1), -EFAULT);
	}
	expect("futex_wait: the last word below the window (value differs): EAGAIN",
	       sys3(SYS_futex_wait, UVPT - 4, 0x12345678, 1000000), -EAGAIN);
	expect("futex_wake: the last word below the lower half's end", sys2(SYS_futex_wake, UADDR_LIMIT - 4, 1), 0);
}

static void ranges_console(void)
{
	struct range r[32];
	int n = bad_ranges(r, 1);
	for (int i = 0; i < n; i++) {
		char what[120];
		snprintf(what, sizeof what, "console_read: a buffer that %s: EFAULT", r[i].what);
		expect(what, sys3(SYS_console_read, r[i].va, r[i].len, EXOV6_CONSOLE_NONBLOCK), -EFAULT);
	}
	expect("console_read: a buffer ending at the window (no input): EAGAIN",
	       sys3(SYS_console_read, UVPT - 16, 16, EXOV6_CONSOLE_NONBLOCK), -EAGAIN);
	unchanged("console_read");
}

/* A child holding EXOV6_RIGHT_MMIO maps device memory at bad places. */
static void ranges_mmio(void)
{
	volatile int *go = shared_pages(1);
	long modpa = mod_index >= 0 ? sys1(SYS_page_phys, MODVA) : -1;
	fflush(stdout);
	pid_t pid = fork();
	if (pid == 0) {
		while (!*go)
			sys1(SYS_yield, 0);
		failures = 0;
		struct range r[32];
		int n = bad_pages(r);
		for (int i = 0; i < n; i++) {
			char what[120];
			snprintf(what, sizeof what, "mmio_map: at %s: EINVAL", r[i].what);
			expect(what, sys3(SYS_mmio_map, r[i].va, 0xfec00000ul, EXOV6_PTE_W), -EINVAL);
		}
		if (modpa > 0)
			expect("mmio_map: the module's frame (RAM): EACCES",
			       sys3(SYS_mmio_map, SCRATCH, (unsigned long)modpa, EXOV6_PTE_W), -EACCES);
		expect("mmio_map: a frame of our own (RAM): EACCES",
		       sys3(SYS_mmio_map, SCRATCH, (unsigned long)sys1(SYS_page_phys, V) & ~(PG - 1), EXOV6_PTE_W), -EACCES);
		expect("mmio_map: device memory just below the window",
		       sys3(SYS_mmio_map, UVPT - 4 * PG, 0xfec00000ul, EXOV6_PTE_W), 0);
		expect("mmio_map: ... unmapped again", sys2(SYS_page_unmap, 0, UVPT - 4 * PG), 0);
		_exit(failures);
	}
	expect("env_grant: MMIO to a child", sys2(SYS_env_grant, (unsigned long)pid, EXOV6_RIGHT_MMIO), 0);
	*go = 1;
	int st = -1;
	waitpid(pid, &st, 0);
	failures += WIFEXITED(st) ? WEXITSTATUS(st) : 1;
	say(WIFEXITED(st), "mmio_map: the child ended normally|%#x", st);
	munmap((void *)go, PG);
}

static void warm_up(void)
{
	int st;
	printf("hostile: warming up\n");
	fflush(stdout);
	pid_t pid = fork();
	if (pid == 0)
		_exit(0);
	waitpid(pid, &st, 0);   /* exception stack, copies, stdio buffers */
	munmap(shared_pages(1), PG);    /* the libOS's mmap bookkeeping */
}

static void ranges(void)
{
	warm_up();
	long free0 = exov6_syscall0(SYS_mem_free_pages);
	ranges_setup();
	trace("after ranges_setup");
	long kid = stopped_child();
	ranges_cputs();
	trace("after ranges_cputs");
	ranges_trapframe(kid);
	trace("after ranges_trapframe");
	ranges_wait();
	trace("after ranges_wait");
	ranges_module_info();
	trace("after ranges_module_info");
	ranges_module_map();
	trace("after ranges_module_map");
	ranges_cmdline();
	trace("after ranges_cmdline");
	ranges_name(kid);
	trace("after ranges_name");
	ranges_upcall(kid);
	trace("after ranges_upcall");
	ranges_pages(kid);
	trace("after ranges_pages");
	ranges_page_phys();
	trace("after ranges_page_phys");
	ranges_futex();
	trace("after ranges_futex");
	ranges_console();
	trace("after ranges_console");
	ranges_ipc();
	trace("after ranges_ipc");
	ranges_mmio();
	trace("after ranges_mmio");
	expect("env_destroy: the stopped child", sys1(SYS_env_destroy, (unsigned long)kid), 0);
	int st = 0;
	expect("env_wait: the stopped child", sys3(SYS_env_wait, (unsigned long)kid, (unsigned long)&st, 0), kid);
	expect("env_wait: no children left", sys3(SYS_env_wait, 0, (unsigned long)&st, EXOV6_WAIT_NOHANG), -ECHILD);
	unchanged("after all calls");
	unsigned long mine[] = { LOW, LOW + PG, TOP, ABOVE, V, V2, V2RO, MODVA, MODVA + PG, MODVA + 2 * PG };
	for (unsigned i = 0; i < sizeof mine / sizeof mine[0]; i++)
		sys2(SYS_page_unmap, 0, mine[i]);
	long free1 = exov6_syscall0(SYS_mem_free_pages);
	say(free1 == free0, "ranges: every frame is back|free pages %ld before, %ld after", free0, free1);
}

/* ================= modmap ================= */

static void modmap_upgrades(void)
{
	const unsigned long X = 0x75000000ul, Y = 0x75100000ul, Z = 0x75200000ul;
	expect("module_map: the module, read-only", sys2(SYS_module_map, (unsigned long)mod_index, MODVA), 0);
	unsigned long bad = mod_bad_word(MODVA);
	say(bad == 0, "module_map: the module reads as made|bad word %lu", bad);
	say(mapped(MODVA) && !(UVPT_PTE(MODVA) & EXOV6_PTE_W), "module_map: the mapping is read-only");
	for (unsigned long p = 0; p < MOD_PAGES; p++) {
		unsigned long va = MODVA + p * PG;
		char what[120];
		snprintf(what, sizeof what, "page_map: module page %lu writable in place: EACCES", p);
		expect(what, sys5(SYS_page_map, 0, va, 0, va, EXOV6_PTE_W | EXOV6_PTE_NX), -EACCES);
		snprintf(what, sizeof what, "page_map: module page %lu writable elsewhere: EACCES", p);
		expect(what, sys5(SYS_page_map, 0, va, 0, X + p * PG, EXOV6_PTE_W | EXOV6_PTE_NX), -EACCES);
		snprintf(what, sizeof what, "page_map: module page %lu copy-on-write writable: EACCES", p);
		expect(what, sys5(SYS_page_map, 0, va, 0, X + p * PG, EXOV6_PTE_W | EXOV6_PTE_COW | EXOV6_PTE_NX), -EACCES);
		snprintf(what, sizeof what, "page_map: module page %lu shared writable: EACCES", p);
		expect(what, sys5(SYS_page_map, 0, va, 0, X + p * PG, EXOV6_PTE_W | EXOV6_PTE_SHARE | EXOV6_PTE_NX), -EACCES);
		snprintf(what, sizeof what, "page_map: module page %lu executable: EACCES", p);
		expect(what, sys5(SYS_page_map, 0, va, 0, X + p * PG, 0), -EACCES);
	}
	say(!mapped(X), "page_map: nothing was mapped by the refused upgrades");
	/* Our only mapping of it: the kernel's own reference still counts. */
	expect("page_map: a read-only alias of module page 0", sys5(SYS_page_map, 0, MODVA, 0, X, EXOV6_PTE_NX), 0);
	for (unsigned long p = 0; p < MOD_PAGES; p++)
		sys2(SYS_page_unmap, 0, MODVA + p * PG);
	expect("page_map: the alias, now our only mapping of the frame, writable: EACCES",
	       sys5(SYS_page_map, 0, X, 0, X, EXOV6_PTE_W | EXOV6_PTE_NX), -EACCES);
	say(!(UVPT_PTE(X) & EXOV6_PTE_W), "page_map: ... and the alias stays read-only");
	long kid = stopped_child();
	expect("page_map: module page 0 writable into a child: EACCES",
	       sys5(SYS_page_map, 0, X, (unsigned long)kid, Y, EXOV6_PTE_W | EXOV6_PTE_NX), -EACCES);
	expect("page_map: module page 0 read-only into a child", sys5(SYS_page_map, 0, X, (unsigned long)kid, Y, EXOV6_PTE_NX), 0);
	expect("page_unmap: our alias", sys2(SYS_page_unmap, 0, X), 0);
	expect("page_map: the child's only mapping of module page 0, writable in place: EACCES",
	       sys5(SYS_page_map, (unsigned long)kid, Y, (unsigned long)kid, Y, EXOV6_PTE_W | EXOV6_PTE_NX), -EACCES);
	expect("page_map: the child's module page writable back to us: EACCES",
	       sys5(SYS_page_map, (unsigned long)kid, Y, 0, Z, EXOV6_PTE_W | EXOV6_PTE_NX), -EACCES);
	expect("page_map: the child's module page back to us read-only", sys5(SYS_page_map, (unsigned long)kid, Y, 0, Z, EXOV6_PTE_NX), 0);
	say(mapped(Z) && !(UVPT_PTE(Z) & EXOV6_PTE_W) && *(volatile unsigned long *)Z == mod_word(0),
	    "page_map: ... and it is module page 0, read-only");
	sys2(SYS_page_unmap, 0, Z);
	sys1(SYS_env_destroy, (unsigned long)kid);
	sys3(SYS_env_wait, (unsigned long)kid, 0, 0);
	/* page_alloc over the module gives a new frame, never the module's. */
	expect("module_map: again", sys2(SYS_module_map, (unsigned long)mod_index, MODVA), 0);
	expect("page_alloc: writable over module page 1", sys3(SYS_page_alloc, 0, MODVA + PG, EXOV6_PTE_W | EXOV6_PTE_NX), 0);
	memset((void *)(MODVA + PG), 0xee, PG);
	sys2(SYS_page_unmap, 0, MODVA + PG);
	expect("module_map: once more (over the old mapping)", sys2(SYS_module_map, (unsigned long)mod_index, MODVA), 0);
	say(mod_bad_word(MODVA) == 0, "module: unchanged after the page_alloc over it was written");
	/* A grant of a module page, writable, through IPC. */
	struct ipc_log *log = shared_pages(1);
	pid_t rcv = ipc_receiver(log);
	expect("ipc_send: module page 0 writable: EACCES",
	       exov6_syscall6(SYS_ipc_send, rcv, 1, 2, 3, (long)MODVA, EXOV6_PTE_W | EXOV6_PTE_NX), -EACCES);
	expect("ipc_send: module page 0 executable: EACCES",
	       exov6_syscall6(SYS_ipc_send, rcv, 1, 2, 3, (long)MODVA, 0), -EACCES);
	expect("ipc_send: module page 0 read-only", exov6_syscall6(SYS_ipc_send, rcv, 1, 2, 3, (long)MODVA, EXOV6_PTE_NX), 0);
	for (int i = 0; i < 50 && log->granted == 0; i++)
		pause_ms(10);
	say(log->granted == 1 && !(log->last_perm & EXOV6_PTE_W) && !(log->window_pte & EXOV6_PTE_W),
	    "ipc: the receiver got module page 0 read-only|perm %#lx", log->last_perm);
	stop_child(rcv);
	munmap(log, PG);
	for (unsigned long p = 0; p < MOD_PAGES; p++)
		sys2(SYS_page_unmap, 0, MODVA + p * PG);
	say(mod_intact(), "module: unchanged after every upgrade attempt");
	mod_intact_elsewhere("module after the upgrade attempts");
}

static void modmap_ranges(void)
{
	struct { const char *what; unsigned long va; long want; } r[] = {
		{ "3 pages ending exactly at the window", UVPT - 3 * PG, 0 },
		{ "3 pages from the lower half's last page", UADDR_LIMIT - PG, -EINVAL },
		{ "3 pages running 1 page past the lower half (over our stack)", UADDR_LIMIT - 2 * PG, -EINVAL },
		{ "3 pages from the window's last page", UVPT_END - PG, -EINVAL },
		{ "3 pages at the window's PML4 page", UVPT_PML4_PAGE, -EINVAL },
		{ "3 pages in kernel space", KERNEL_HALF, -EINVAL },
		{ "3 pages wrapping around", (unsigned long)-(long)PG, -EINVAL },
	};
	for (unsigned i = 0; i < sizeof r / sizeof r[0]; i++) {
		char what[120];
		snprintf(what, sizeof what, "module_map: %s: %s", r[i].what, r[i].want ? "EINVAL" : "mapped");
		expect(what, sys2(SYS_module_map, (unsigned long)mod_index, r[i].va), r[i].want);
		if (r[i].want == 0) {
			say(mod_bad_word(r[i].va) == 0, "module_map: ... and reads as made");
			for (unsigned long p = 0; p < MOD_PAGES; p++)
				sys2(SYS_page_unmap, 0, r[i].va + p * PG);
		} else if (r[i].va < UVPT) {
			say(!mapped(r[i].va) && !mapped(r[i].va + PG), "module_map: ... and nothing is mapped");
		}
	}
}

/* The module over the page-table window, in a child (a kernel that lets it
 * in may die when the child's address space goes). */
static void modmap_window(void)
{
	fflush(stdout);
	pid_t pid = fork();
	if (pid == 0) {
		failures = 0;
		unsigned long pde0 = pde_of(0), pde1 = pde_of(0x200000);
		for (unsigned long k = 2; k >= 1; k--) {
			unsigned long va = UVPT - k * PG;
			char what[120];
			snprintf(what, sizeof what, "module_map: 3 pages running %lu page%s into the window: EINVAL",
				 MOD_PAGES - k, k == 2 ? "" : "s");
			expect(what, sys2(SYS_module_map, (unsigned long)mod_index, va), -EINVAL);
			say(!mapped(va), "module_map: ... and nothing is mapped at the start|%#lx", va);
			say(pde_of(0) == pde0 && pde_of(0x200000) == pde1,
			    "module_map: ... and no page-table entry changed|PDE of VA 0: %#lx -> %#lx, of 2 MiB: %#lx -> %#lx",
			    pde0, pde_of(0), pde1, pde_of(0x200000));
			if (mapped(0x100000)) {
				/* The module page became a page table: VA 1 MiB shows physical 1 MiB. */
				const volatile unsigned *p = (const volatile unsigned *)0x100000;
				long at = -1;
				for (int i = 0; i < 8192 / 4 && at < 0; i++)
					if (p[i] == 0x1badb002)
						at = i * 4;
				say(0, "module_map: VA 0x100000 now reads physical memory|kernel image Multiboot magic at +%ld", at);
			}
			sys2(SYS_page_unmap, 0, va);
			sys2(SYS_page_unmap, 0, va + PG);
		}
		fflush(stdout);
		_exit(failures);
	}
	int st = -1;
	waitpid(pid, &st, 0);
	failures += WIFEXITED(st) ? WEXITSTATUS(st) : 1;
	say(WIFEXITED(st), "module_map over the window: the child ended normally|%#x", st);
}

static void modmap(void)
{
	if (find_module() < 0)
		return;
	warm_up();
	long free0 = exov6_syscall0(SYS_mem_free_pages);
	modmap_upgrades();
	trace("after the upgrades");
	modmap_ranges();
	trace("after the ranges");
	modmap_window();
	trace("after the window");
	say(mod_intact(), "module: unchanged at the end");
	mod_intact_elsewhere("module at the end");
	long free1 = exov6_syscall0(SYS_mem_free_pages);
	say(free0 == free1, "modmap: every frame is back|free pages %ld before, %ld after", free0, free1);
}

/* ================= waitremap ================= */

#define STATUS_PAGE 0x76000000ul
#define GOOD_PAGE 0x76100000ul
#define RO_PAGE 0x76200000ul

struct wait_log {
	volatile int ready, go;
	volatile long child, wait1, wait2;
	volatile int status2, info_envid, self;
};

static void waiter(struct wait_log *w)
{
	fflush(stdout);
	pid_t c = fork();
	if (c == 0) {
		while (!w->go)
			sys1(SYS_yield, 0);
		_exit(42);
	}
	w->child = c;
	w->self = (int)exov6_syscall0(SYS_getenvid);
	sys3(SYS_page_alloc, 0, STATUS_PAGE, EXOV6_PTE_W | EXOV6_PTE_NX);
	*(volatile int *)STATUS_PAGE = 0x7777;
	w->ready = 1;
	w->wait1 = sys3(SYS_env_wait, (unsigned long)c, STATUS_PAGE, 0);
	sys3(SYS_page_alloc, 0, GOOD_PAGE, EXOV6_PTE_W | EXOV6_PTE_NX);
	*(volatile int *)GOOD_PAGE = -1;
	w->wait2 = sys3(SYS_env_wait, (unsigned long)c, GOOD_PAGE, 0);
	w->status2 = *(volatile int *)GOOD_PAGE;
	w->info_envid = ((const volatile struct exov6_info *)UINFO)->envid;
	_exit(0);
}

static void wait_remap(char form)
{
	const char *what = form == 'm' ? "(a) a read-only module page" :
			   form == 'r' ? "(a) a page mapped without EXOV6_PTE_W" :
			   form == 'i' ? "(b) the info page" : "(c) nothing (unmapped)";
	struct wait_log *w = shared_pages(1);
	if (form == 'r') {
		sys3(SYS_page_alloc, 0, RO_PAGE, EXOV6_PTE_W | EXOV6_PTE_NX);
		memset((void *)RO_PAGE, 0xa5, PG);
	}
	fflush(stdout);
	pid_t a = fork();
	if (a == 0)
		waiter(w);
	while (!w->ready)
		sys1(SYS_yield, 0);
	pause_ms(100);          /* the waiter is blocked in its wait by now */
	long r;
	switch (form) {
	case 'm': r = sys5(SYS_page_map, 0, MODVA, (unsigned long)a, STATUS_PAGE, EXOV6_PTE_NX); break;
	case 'r': r = sys5(SYS_page_map, 0, RO_PAGE, (unsigned long)a, STATUS_PAGE, EXOV6_PTE_NX); break;
	case 'i': r = sys5(SYS_page_map, (unsigned long)a, UINFO, (unsigned long)a, STATUS_PAGE, EXOV6_PTE_NX); break;
	default: r = sys2(SYS_page_unmap, (unsigned long)a, STATUS_PAGE); break;
	}
	char setup[120];
	snprintf(setup, sizeof setup, "wait-remap %s: the parent remaps the blocked waiter's status page", what);
	expect(setup, r, 0);
	w->go = 1;
	int st = -1;
	waitpid(a, &st, 0);
	say(WIFEXITED(st) && WEXITSTATUS(st) == 0, "wait-remap %s: the waiter ended normally|%#x", what, st);
	say(w->wait1 == -EFAULT, "wait-remap %s: the blocked wait fails with EFAULT|got %ld, want %d",
	    what, w->wait1, -EFAULT);
	say(w->wait2 == w->child && w->status2 == EXOV6_W_EXITED(42),
	    "wait-remap %s: the child is not lost: a second wait collects it|got %ld status %#x, want %ld status %#x",
	    what, w->wait2, w->status2, w->child, EXOV6_W_EXITED(42));
	switch (form) {
	case 'm': {
		unsigned long bad = mod_bad_word(MODVA);
		say(bad == 0, "wait-remap %s: the module is unchanged|word %lu now %#lx", what,
		    bad ? bad - 1 : 0, bad ? ((const unsigned long *)MODVA)[bad - 1] : 0);
		mod_intact_elsewhere("wait-remap (a) module");
		break;
	}
	case 'r': {
		int same = 1;
		for (unsigned long i = 0; i < PG; i++)
			same &= ((const unsigned char *)RO_PAGE)[i] == 0xa5;
		say(same, "wait-remap %s: the read-only page is unchanged|word 0 now %#x", what,
		    *(const unsigned *)RO_PAGE);
		sys2(SYS_page_unmap, 0, RO_PAGE);
		break;
	}
	case 'i':
		say(w->info_envid == w->self, "wait-remap %s: the info page is unchanged|envid %#x, want %#x",
		    what, w->info_envid, w->self);
		break;
	}
	munmap(w, PG);
}

/* The same attack on the other calls that block holding a user address:
 * an IPC send queued with a page grant whose source page the sender's
 * parent unmaps or swaps for a read-only page before the receiver takes
 * it.  The receiver must get the message without the page (or at most a
 * read-only one it may have), never a writable mapping of a page the
 * sender could not grant. */
struct grant_log {
	volatile int sending, go, received;
	volatile long send_result;
	volatile unsigned long perm, window_pte, word;
};

#define SEND_PAGE 0x77000000ul

static void grant_remap(char form)
{
	const char *what = form == 'u' ? "unmapped" : "swapped for a read-only page";
	struct grant_log *g = shared_pages(1);
	if (form == 'r') {
		sys3(SYS_page_alloc, 0, RO_PAGE, EXOV6_PTE_W | EXOV6_PTE_NX);
		memset((void *)RO_PAGE, 0xa5, PG);
	}
	fflush(stdout);
	pid_t r = fork();
	if (r == 0) {
		sys1(SYS_ipc_window, RECV_WINDOW);
		while (!g->go)
			sys1(SYS_yield, 0);
		struct exov6_msg m = exov6_ipc_recv(0);
		g->received = m.error == 0;
		g->perm = m.perm;
		g->window_pte = mapped(RECV_WINDOW) ? UVPT_PTE(RECV_WINDOW) : 0;
		if (g->window_pte & EXOV6_PTE_W)
			*(volatile unsigned long *)RECV_WINDOW = 0x2badul;   /* the attack's payoff */
		if (g->window_pte)
			g->word = *(volatile unsigned long *)RECV_WINDOW;
		_exit(0);
	}
	pid_t s = fork();
	if (s == 0) {
		sys3(SYS_page_alloc, 0, SEND_PAGE, EXOV6_PTE_W | EXOV6_PTE_NX);
		*(volatile unsigned long *)SEND_PAGE = 0x5e4d;
		g->sending = 1;
		g->send_result = exov6_syscall6(SYS_ipc_send, r, 1, 2, 3, (long)SEND_PAGE, EXOV6_PTE_W | EXOV6_PTE_NX);
		_exit(0);
	}
	while (!g->sending)
		sys1(SYS_yield, 0);
	pause_ms(100);          /* the sender waits on the receiver's queue by now */
	long rr = form == 'u' ? sys2(SYS_page_unmap, (unsigned long)s, SEND_PAGE)
			      : sys5(SYS_page_map, 0, RO_PAGE, (unsigned long)s, SEND_PAGE, EXOV6_PTE_NX);
	char setup[120];
	snprintf(setup, sizeof setup, "grant-remap (%s): the parent remaps the queued sender's page", what);
	expect(setup, rr, 0);
	g->go = 1;
	int st1 = -1, st2 = -1;
	waitpid(s, &st1, 0);
	waitpid(r, &st2, 0);
	say(WIFEXITED(st1) && WIFEXITED(st2) && g->received && g->send_result == 0,
	    "grant-remap (%s): the message still goes through|send %ld", what, g->send_result);
	if (form == 'u')
		say(g->perm == 0 && g->window_pte == 0,
		    "grant-remap (%s): the receiver gets no page|perm %#lx, pte %#lx, word %#lx", what, g->perm,
		    g->window_pte, g->word);
	else
		say(!(g->perm & EXOV6_PTE_W) && !(g->window_pte & EXOV6_PTE_W),
		    "grant-remap (%s): the receiver gets no writable page|perm %#lx, pte %#lx, word %#lx", what,
		    g->perm, g->window_pte, g->word);
	if (form == 'r') {
		int same = 1;
		for (unsigned long i = 0; i < PG; i++)
			same &= ((const unsigned char *)RO_PAGE)[i] == 0xa5;
		say(same, "grant-remap (%s): the read-only page is unchanged", what);
		sys2(SYS_page_unmap, 0, RO_PAGE);
	}
	munmap(g, PG);
}

static void waitremap(void)
{
	if (find_module() >= 0 && sys2(SYS_module_map, (unsigned long)mod_index, MODVA))
		say(0, "setup: module_map at MODVA");
	warm_up();
	long free0 = exov6_syscall0(SYS_mem_free_pages);
	if (mod_index >= 0)
		wait_remap('m');
	trace("after form m");
	wait_remap('r');
	trace("after form r");
	wait_remap('i');
	trace("after form i");
	wait_remap('u');
	trace("after form u");
	grant_remap('u');
	grant_remap('r');
	trace("after the grants");
	expect("wait-remap: no child left", sys3(SYS_env_wait, 0, 0, EXOV6_WAIT_NOHANG), -ECHILD);
	long free1 = exov6_syscall0(SYS_mem_free_pages);
	say(free0 == free1, "wait-remap: every frame is back|free pages %ld before, %ld after", free0, free1);
}

/* ================= conremap ================= */

/* A blocked console read whose buffer the reader's parent remaps
 * read-only or unmaps; then a key is typed (hostile.exp types one when it
 * sees "console reader N blocked").  The read fails with EFAULT, nothing
 * is written, and the key is not lost: the next read gets it. */
struct console_log {
	volatile int ready;
	volatile long read1, read2;
	volatile char got;
};

#define BUF_PAGE 0x78000000ul

static void console_remap(char form, int n, char key)
{
	const char *what = form == 'r' ? "a page mapped without EXOV6_PTE_W" : "nothing (unmapped)";
	struct console_log *c = shared_pages(1);
	if (form == 'r') {
		sys3(SYS_page_alloc, 0, RO_PAGE, EXOV6_PTE_W | EXOV6_PTE_NX);
		memset((void *)RO_PAGE, 0xa5, PG);
	}
	fflush(stdout);
	pid_t a = fork();
	if (a == 0) {
		sys3(SYS_page_alloc, 0, BUF_PAGE, EXOV6_PTE_W | EXOV6_PTE_NX);
		sys3(SYS_page_alloc, 0, GOOD_PAGE, EXOV6_PTE_W | EXOV6_PTE_NX);
		c->ready = 1;
		c->read1 = sys3(SYS_console_read, BUF_PAGE, 16, 0);
		c->read2 = sys3(SYS_console_read, GOOD_PAGE, 16, EXOV6_CONSOLE_NONBLOCK);
		c->got = *(volatile char *)GOOD_PAGE;
		_exit(0);
	}
	while (!c->ready)
		sys1(SYS_yield, 0);
	pause_ms(100);          /* blocked in its read by now */
	long r = form == 'r' ? sys5(SYS_page_map, 0, RO_PAGE, (unsigned long)a, BUF_PAGE, EXOV6_PTE_NX)
			     : sys2(SYS_page_unmap, (unsigned long)a, BUF_PAGE);
	char setup[120];
	snprintf(setup, sizeof setup, "console-remap %s: the parent remaps the blocked reader's buffer", what);
	expect(setup, r, 0);
	printf("hostile: console reader %d blocked, type '%c'\n", n, key);
	fflush(stdout);
	int st = -1, i;
	for (i = 0; i < 1000 && waitpid(a, &st, WNOHANG) != a; i++)
		pause_ms(10);
	if (i == 1000) {
		stop_child(a);
		say(0, "console-remap %s: the reader woke when a key came", what);
	}
	say(c->read1 == -EFAULT, "console-remap %s: the blocked read fails with EFAULT|got %ld, want %d", what,
	    c->read1, -EFAULT);
	say(c->read2 == 1 && c->got == key, "console-remap %s: the key is not lost: the next read gets it|%ld, %#x",
	    what, c->read2, c->got);
	if (form == 'r') {
		int same = 1;
		for (unsigned long j = 0; j < PG; j++)
			same &= ((const unsigned char *)RO_PAGE)[j] == 0xa5;
		say(same, "console-remap %s: the read-only page is unchanged", what);
		sys2(SYS_page_unmap, 0, RO_PAGE);
	}
	munmap(c, PG);
}

static void conremap(void)
{
	/* One key completes a read: the terminal in non-canonical mode. */
	struct termios t, raw;
	tcgetattr(0, &t);
	raw = t;
	raw.c_lflag &= ~(tcflag_t)(ICANON | ECHO);
	raw.c_cc[VMIN] = 1;
	raw.c_cc[VTIME] = 0;
	tcsetattr(0, TCSANOW, &raw);
	warm_up();
	long free0 = exov6_syscall0(SYS_mem_free_pages);
	console_remap('r', 1, 'x');
	console_remap('u', 2, 'y');
	long free1 = exov6_syscall0(SYS_mem_free_pages);
	say(free0 == free1, "console-remap: every frame is back|free pages %ld before, %ld after", free0, free1);
	tcsetattr(0, TCSANOW, &t);
}

/* ================= logforge ================= */

/* A name with line breaks must not reach the kernel log raw: every line
 * there is the kernel's ("exov6: ..."), and tools read the end and panic
 * markers from it.  A child names itself with a forged marker and faults,
 * so the kernel's "killed env E (NAME)" diagnostic carries the name.  The
 * kernel may refuse such a name (EINVAL) or escape it when it prints it;
 * hostile.exp checks that no forged line appears and the run is not cut
 * short by a forged end marker. */
static void forged_name(const char *name, const char *what)
{
	volatile long *r = shared_pages(1);
	r[0] = 1;
	fflush(stdout);
	pid_t pid = fork();
	if (pid == 0) {
		static char buf[32];
		strncpy(buf, name, sizeof buf - 1);
		r[0] = sys2(SYS_env_set_name, 0, (unsigned long)buf);
		static volatile int *volatile nowhere = (volatile int *)16;
		*nowhere = 1;                   /* fault: the kernel reports us by name */
		_exit(0);
	}
	int st = -1;
	waitpid(pid, &st, 0);
	say((r[0] == 0 || r[0] == -EINVAL) && WIFSIGNALED(st) && WTERMSIG(st) == SIGSEGV,
	    "logforge: a name with %s is taken or refused (EINVAL), and its owner killed by its fault|set_name %ld, status %#x",
	    what, r[0], st);
	munmap((void *)r, PG);
}

static void logforge(void)
{
	forged_name("x\nexov6: PANIC: forged\n", "a line break and a forged panic line");
	forged_name("x\nexov6: end exit=77\n", "a line break and a forged end marker");
	forged_name("x\rexov6: end exit=78\r", "carriage returns");
}

/* ================= signals ================= */

static volatile sig_atomic_t got_usr1, got_usr2;
static void on_usr1(int sig) { (void)sig; got_usr1++; }
static void on_usr2(int sig) { (void)sig; got_usr2++; }

static const int server_sigs[] = { SIGKILL, SIGTERM, SIGUSR1, SIGSTOP, SIGINT, SIGHUP, 0 };

/* Signals and calls on a server env that an ordinary program may not
 * make; returns how many were not refused (printing them when loud). */
static int poke_server(const char *who, long id, int loud)
{
	int bad = 0;
	char what[120];
	for (unsigned i = 0; i < sizeof server_sigs / sizeof server_sigs[0]; i++) {
		long r = sys2(SYS_env_signal, (unsigned long)id, (unsigned long)server_sigs[i]);
		bad += r != -EPERM;
		if (loud) {
			snprintf(what, sizeof what, "signal %d to %s: EPERM", server_sigs[i], who);
			expect(what, r, -EPERM);
		}
	}
	struct { const char *call; long r; } c[] = {
		{ "env_destroy", sys1(SYS_env_destroy, (unsigned long)id) },
		{ "env_set_status", sys2(SYS_env_set_status, (unsigned long)id, ENV_NOT_RUNNABLE) },
		{ "env_set_trapframe", sys2(SYS_env_set_trapframe, (unsigned long)id, V) },
		{ "env_set_upcall", sys4(SYS_env_set_upcall, (unsigned long)id, 0, 0, 0) },
		{ "env_set_name", sys2(SYS_env_set_name, (unsigned long)id, (unsigned long)"pwned") },
		{ "page_alloc", sys3(SYS_page_alloc, (unsigned long)id, SCRATCH, EXOV6_PTE_W) },
		{ "page_unmap", sys2(SYS_page_unmap, (unsigned long)id, UINFO) },
		{ "page_map from", sys5(SYS_page_map, (unsigned long)id, UINFO, 0, SCRATCH, EXOV6_PTE_NX) },
		{ "page_map into", sys5(SYS_page_map, 0, V, (unsigned long)id, UINFO, EXOV6_PTE_NX) },
		{ "env_grant", sys2(SYS_env_grant, (unsigned long)id, EXOV6_RIGHT_IO) },
		{ "env_replace", sys1(SYS_env_replace, (unsigned long)id) },
	};
	for (unsigned i = 0; i < sizeof c / sizeof c[0]; i++) {
		bad += c[i].r != -EPERM;
		if (loud) {
			snprintf(what, sizeof what, "%s on %s: EPERM", c[i].call, who);
			expect(what, c[i].r, -EPERM);
		}
	}
	return bad;
}

static int files_work(const char *what)
{
	const char *path = "/tmp/hostile-signals.txt";
	char buf[32] = { 0 };
	int fd = open(path, O_CREAT | O_TRUNC | O_WRONLY, 0644);
	int ok = fd >= 0 && write(fd, "still here\n", 11) == 11 && close(fd) == 0;
	fd = ok ? open(path, O_RDONLY) : -1;
	ok = fd >= 0 && read(fd, buf, sizeof buf) == 11 && close(fd) == 0 &&
	     strcmp(buf, "still here\n") == 0 && unlink(path) == 0;
	say(ok, "%s: files still work (create, write, read, unlink)", what);
	return ok;
}

static void signals(void)
{
	sys3(SYS_page_alloc, 0, V, EXOV6_PTE_W | EXOV6_PTE_NX);
	long init = sys1(SYS_env_parent, 0);
	long fs = exov6_fs_server();
	say(init > 0 && init == getppid(), "init is our parent|%ld, getppid %d", init, getppid());
	say(fs > 0 && fs != init && sys1(SYS_env_parent, (unsigned long)fs) == init,
	    "the file server is init's child|%ld", fs);
	if (init <= 0 || fs <= 0)
		return;
	poke_server("init", init, 1);
	poke_server("the file server", fs, 1);
	files_work("after poking the servers");

	/* The same from a child, and from an orphan init adopted. */
	volatile int *sh = shared_pages(1);
	fflush(stdout);
	pid_t pid = fork();
	if (pid == 0)
		_exit(poke_server("init", init, 0) + poke_server("fs", fs, 0));
	int st = -1;
	waitpid(pid, &st, 0);
	say(WIFEXITED(st) && WEXITSTATUS(st) == 0, "a child's signals and calls on init and the file server are refused|%#x", st);
	pid = fork();
	if (pid == 0) {
		if (fork() == 0) {
			while (sys1(SYS_env_parent, 0) != init)
				pause_ms(5);
			sh[1] = poke_server("init", init, 0) + poke_server("fs", fs, 0);
			sh[0] = 1;
			_exit(0);
		}
		_exit(0);
	}
	waitpid(pid, &st, 0);
	for (int i = 0; i < 300 && !sh[0]; i++)
		pause_ms(10);
	say(sh[0] && sh[1] == 0, "an orphan's signals and calls on init and the file server are refused|%d refused wrongly",
	    sh[1]);
	say(sys2(SYS_env_signal, (unsigned long)init, 0) == -EPERM && sys2(SYS_env_signal, (unsigned long)fs, 0) == -EPERM &&
	    sys1(SYS_env_parent, (unsigned long)fs) == init, "init and the file server are still alive");
	files_work("after the child and the orphan");

	/* Signals among ordinary processes still work. */
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_usr1;
	sigaction(SIGUSR1, &sa, NULL);
	sa.sa_handler = on_usr2;
	sigaction(SIGUSR2, &sa, NULL);
	sh[0] = sh[1] = 0;
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		got_usr1 = 0;
		sh[0] = 1;
		for (int i = 0; i < 500 && !got_usr1; i++)
			pause_ms(10);
		_exit(got_usr1 ? 0 : 1);
	}
	while (!sh[0])
		pause_ms(5);
	expect("parent -> child SIGUSR1 is sent", sys2(SYS_env_signal, (unsigned long)pid, SIGUSR1), 0);
	waitpid(pid, &st, 0);
	say(WIFEXITED(st) && WEXITSTATUS(st) == 0, "parent -> child SIGUSR1 reaches the child's handler|%#x", st);

	got_usr2 = 0;
	pid = fork();
	if (pid == 0)
		_exit(sys2(SYS_env_signal, (unsigned long)getppid(), SIGUSR2) == 0 ? 0 : 1);
	for (int i = 0; i < 500 && !got_usr2; i++)
		pause_ms(10);
	waitpid(pid, &st, 0);
	say(got_usr2 == 1 && WIFEXITED(st) && WEXITSTATUS(st) == 0, "child -> parent SIGUSR2 reaches the parent's handler");

	sh[0] = 0;
	pid_t first = fork();
	if (first == 0) {
		got_usr1 = 0;
		sh[0] = 1;
		for (int i = 0; i < 500 && !got_usr1; i++)
			pause_ms(10);
		_exit(got_usr1 ? 0 : 1);
	}
	while (!sh[0])
		pause_ms(5);
	pid_t second = fork();
	if (second == 0)
		_exit(sys2(SYS_env_signal, (unsigned long)first, SIGUSR1) == 0 ? 0 : 1);
	int st2 = -1;
	waitpid(second, &st2, 0);
	waitpid(first, &st, 0);
	say(WIFEXITED(st) && WEXITSTATUS(st) == 0 && WIFEXITED(st2) && WEXITSTATUS(st2) == 0,
	    "sibling -> sibling SIGUSR1 reaches the sibling's handler|%#x, %#x", st, st2);

	pid = fork();
	if (pid == 0)
		for (;;)
			pause_ms(100);
	expect("parent -> child SIGTERM is sent", sys2(SYS_env_signal, (unsigned long)pid, SIGTERM), 0);
	waitpid(pid, &st, 0);
	say(WIFSIGNALED(st) && WTERMSIG(st) == SIGTERM, "parent -> child SIGTERM ends the child|%#x", st);

	first = fork();
	if (first == 0)
		for (;;)
			pause_ms(100);
	second = fork();
	if (second == 0)
		_exit(sys2(SYS_env_signal, (unsigned long)first, SIGKILL) == 0 ? 0 : 1);
	waitpid(second, &st2, 0);
	waitpid(first, &st, 0);
	say(WIFSIGNALED(st) && WTERMSIG(st) == SIGKILL && WIFEXITED(st2) && WEXITSTATUS(st2) == 0,
	    "sibling -> sibling SIGKILL ends the sibling|%#x", st);

	/* And programs still start from files. */
	pid_t hello;
	char *argv[] = { "hello", 0 };
	int r = posix_spawn(&hello, "/bin/hello", 0, 0, argv, environ);
	st = -1;
	int waited = r == 0 && waitpid(hello, &st, 0) == hello;
	say(waited && WIFEXITED(st) && WEXITSTATUS(st) == 0,
	    "a program still starts from the file system|spawn %d, status %#x", r, st);
	files_work("at the end");
}

/* ================= forkbomb ================= */

#define BOMB_MAX 4096

struct bomb {
	volatile long go, n, forks, eagain, enomem, other, parked, stop;
	volatile int pids[BOMB_MAX];
};

static void bomb_run(struct bomb *b)
{
	for (;;) {
		if (b->stop)
			break;
		pid_t pid = fork();
		if (pid == 0) {
			long i = __atomic_fetch_add(&b->n, 1, __ATOMIC_SEQ_CST);
			if (i < BOMB_MAX)
				b->pids[i] = getpid();
			continue;
		}
		if (pid > 0) {
			__atomic_fetch_add(&b->forks, 1, __ATOMIC_SEQ_CST);
			continue;
		}
		if (errno == EAGAIN)
			__atomic_fetch_add(&b->eagain, 1, __ATOMIC_SEQ_CST);
		else if (errno == ENOMEM)
			__atomic_fetch_add(&b->enomem, 1, __ATOMIC_SEQ_CST);
		else
			__atomic_fetch_add(&b->other, 1, __ATOMIC_SEQ_CST);
		break;
	}
	__atomic_fetch_add(&b->parked, 1, __ATOMIC_SEQ_CST);
	for (;;)
		sys1(SYS_sleep, 60000000000ul);
}

/* Make private copies of our copy-on-write pages now, while memory is
 * plentiful: the bomb may take the last frame before our next write. */
static void prefault(void)
{
	static const unsigned long span[][2] = {
		{ UTEXT_BASE, UTEXT_END }, { UHEAP_BASE, UHEAP_END }, { UMMAP_BASE, UMMAP_END },
		{ ULIBOS_BASE, ULIBOS_END }, { USTACK_TOP - USTACK_SIZE, USTACK_TOP },
	};
	for (unsigned i = 0; i < sizeof span / sizeof span[0]; i++)
		for (unsigned long va = span[i][0]; va < span[i][1];) {
			if (!(UVPT_PML4E(va) & EXOV6_PTE_P)) {
				va = (va | ((1ul << 39) - 1)) + 1;
			} else if (!(UVPT_PDPTE(va) & EXOV6_PTE_P)) {
				va = (va | ((1ul << 30) - 1)) + 1;
			} else if (!(UVPT_PDE(va) & EXOV6_PTE_P)) {
				va = (va | ((1ul << 21) - 1)) + 1;
			} else {
				if ((UVPT_PTE(va) & (EXOV6_PTE_P | EXOV6_PTE_COW)) == (EXOV6_PTE_P | EXOV6_PTE_COW))
					*(volatile char *)va = *(volatile char *)va;
				va += PG;
			}
		}
}

static void forkbomb(void)
{
	struct bomb *b = shared_pages((sizeof(struct bomb) + PG - 1) / PG);
	int st;
	pid_t pid;
	warm_up();
	long free0 = exov6_syscall0(SYS_mem_free_pages);
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	fflush(stdout);
	pid_t root = fork();
	if (root == 0) {
		while (!b->go)
			sys1(SYS_yield, 0);
		b->pids[0] = getpid();
		b->n = 1;
		bomb_run(b);
	}
	prefault();
	b->go = 1;
	/* Wait until nothing changes for a second. */
	long last = -1;
	for (int still = 0, i = 0; still < 10 && i < 1800; i++) {
		pause_ms(100);
		long now = b->n + b->forks + b->eagain + b->enomem + b->other + b->parked;
		still = now == last && b->eagain + b->enomem + b->other > 0 ? still + 1 : 0;
		last = now;
	}
	b->stop = 1;
	clock_gettime(CLOCK_MONOTONIC, &t1);
	long low = exov6_syscall0(SYS_mem_free_pages);
	printf("forkbomb: %ld processes, %ld forks, failures: %ld EAGAIN, %ld ENOMEM, %ld other; "
	       "%ld parked; %ld free pages left; %ld ms\n",
	       b->n, b->forks, b->eagain, b->enomem, b->other, b->parked, low,
	       (t1.tv_sec - t0.tv_sec) * 1000 + (t1.tv_nsec - t0.tv_nsec) / 1000000);
	say(b->eagain + b->enomem > 0, "forkbomb: fork failed at last (EAGAIN or ENOMEM)");
	say(b->other == 0, "forkbomb: every failure was EAGAIN or ENOMEM|%ld others", b->other);
	/* Kill everything, sweeping again for stragglers, and reap it all
	 * (we are the first program: orphans are ours). */
	long reaped = 0, killed = 0;
	for (int round = 0; round < 100; round++) {
		long n = b->n < BOMB_MAX ? b->n : BOMB_MAX;
		for (long i = 0; i < n; i++)
			if (b->pids[i] && sys2(SYS_env_signal, (unsigned long)b->pids[i], SIGKILL) == 0)
				killed++;
		long r;
		st = 0;
		while ((r = sys3(SYS_env_wait, 0, (unsigned long)&st, EXOV6_WAIT_NOHANG)) > 0)
			reaped++;
		if (r == -ECHILD)
			break;
		pause_ms(20);
	}
	long left = sys3(SYS_env_wait, 0, 0, EXOV6_WAIT_NOHANG);
	say(left == -ECHILD, "forkbomb: everything killed and reaped|%ld killed, %ld reaped, then %ld",
	    killed, reaped, left);
	pid = fork();
	if (pid == 0)
		_exit(42);
	st = -1;
	say(pid > 0 && waitpid(pid, &st, 0) == pid && WIFEXITED(st) && WEXITSTATUS(st) == 42,
	    "forkbomb: fork and wait work again");
	long free1 = exov6_syscall0(SYS_mem_free_pages);
	say(free0 == free1, "forkbomb: every frame is back|free pages %ld before, %ld after", free0, free1);
	/* And 200 plain children afterwards: each forks, ends and gives all back. */
	long made = 0;
	for (int i = 0; i < 200; i++) {
		pid = fork();
		if (pid == 0)
			_exit(0);
		made += pid > 0;
		if (pid < 0)
			break;
	}
	while (waitpid(-1, &st, 0) > 0)
		;
	long free2 = exov6_syscall0(SYS_mem_free_pages);
	say(made == 200 && free2 == free0, "forkbomb: 200 forks afterwards work and give back their pages|%ld, %ld",
	    made, free2);
}

int main(int argc, char **argv)
{
	const char *mode = argc > 1 ? argv[1] : "ranges";
	verbose = argc > 2 && !strcmp(argv[2], "-v");
	if (!strcmp(mode, "ranges"))
		ranges();
	else if (!strcmp(mode, "modmap"))
		modmap();
	else if (!strcmp(mode, "waitremap"))
		waitremap();
	else if (!strcmp(mode, "conremap"))
		conremap();
	else if (!strcmp(mode, "logforge"))
		logforge();
	else if (!strcmp(mode, "signals"))
		signals();
	else if (!strcmp(mode, "forkbomb"))
		forkbomb();
	else {
		printf("usage: hostile ranges|modmap|waitremap|conremap|logforge|signals|forkbomb [-v]\n");
		return 2;
	}
	printf("hostile %s done: %d failures\n", mode, failures);
	return 0;
}
