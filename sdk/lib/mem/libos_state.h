/* libos_state.h - the process-wide state of the libOS (memory and
 * signals), kept at ULIBOS_STATE (see exov6/layout.h) and mapped on first
 * use. */
#ifndef MEM_LIBOS_STATE_H
#define MEM_LIBOS_STATE_H

#include <exov6/layout.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>

#define MMAP_PAGES ((UMMAP_END - UMMAP_BASE) / EXOV6_PAGE_SIZE)
#define NCLASSES 20

struct malloc_chunk;

struct libos_state {
	/* mmap: one bit per page of the mmap region, set while reserved. */
	uint64_t mmap_reserved[MMAP_PAGES / 64];
	size_t mmap_hint;                       /* no free page below this one */
	/* malloc */
	uintptr_t heap_end;                     /* first unmapped heap byte */
	uintptr_t heap_top;                     /* first byte no chunk covers */
	struct malloc_chunk *free_medium;       /* free medium chunks */
	struct malloc_chunk *free_small[NCLASSES];
	/* signals */
	struct sigaction sigactions[NSIG];
	sigset_t sigmask;                       /* blocked */
	sigset_t sigpending;                    /* arrived while blocked */
	unsigned long sigpending_info[NSIG];    /* their EXOV6_SIGINFO */
	sigset_t sigwaiting;                    /* a sigwait takes these instead of acting */
	unsigned sig_handled;                   /* handlers run so far */
	unsigned sig_handled_intr;              /* ... of them without SA_RESTART */
	unsigned sig_events;                    /* futex word: bumped when a handler runs
						 * or a signal turns pending */
	void *altstack_sp;                      /* sigaltstack; size 0: none */
	size_t altstack_size;
	int altstack_flags;                     /* as given (Linux's uc_stack shows them) */
};

/* Map a zeroed, writable, not executable page at va: 0, or -1 when
 * memory is out. */
int __libos_page_alloc(uintptr_t va);
/* The state, mapped and zeroed on first use; NULL if memory is out. */
struct libos_state *__libos_state(void);

/* May mmap, munmap and mprotect touch [va, va+len)?  Page aligned, in the
 * lower half, clear of the libOS's own pages and the page-table window. */
int __libos_user_range(uintptr_t va, size_t len);
/* Rights for PROT_* bits (exov6/syscall.h PTE_ bits). */
unsigned long __libos_prot_perm(int prot);

#endif
