/* sigpass.c - the signal state across exec and spawn, handed over the way
 * the fd table is (fd_pass.c): a page the builder maps into the new image
 * at ULIBOS_SIGPASS, which the image's start code reads before it takes
 * any signal, then unmaps.  POSIX: the mask and ignored signals survive
 * exec (handled ones take their default action) and so do pending ones;
 * a spawn gets the mask and ignored signals (or what its attributes say)
 * and nothing pending.  The kernel keeps interval timers and the signals
 * it has not delivered yet. */
#include <errno.h>
#include <exov6/layout.h>
#include <exov6/syscall.h>
#include <stdint.h>
#include <string.h>
#include "../mem/libos_state.h"
#include "../process/process_private.h"
#include "signal_private.h"

#define SIGPASS_MAGIC 0x73696770u
#define SCRATCH (ULOADER_TMP_END - 2 * EXOV6_PAGE_SIZE)

struct sigpass {
	uint32_t magic;
	sigset_t mask, ignored, pending;
	unsigned long pending_info[NSIG];
};

_Static_assert(sizeof(struct sigpass) <= EXOV6_PAGE_SIZE, "sigpass outgrew its page");

int __libos_signal_pass(int env, const sigset_t *mask, const sigset_t *deflt, int keep_pending)
{
	struct libos_state *s = __libos_state();
	if (!s)
		return -ENOMEM;
	long r = exov6_sys_page_alloc(0, SCRATCH, EXOV6_PTE_W | EXOV6_PTE_NX);
	if (r < 0)
		return (int)r;
	struct sigpass *p = (struct sigpass *)SCRATCH;
	p->magic = SIGPASS_MAGIC;
	p->mask = (mask ? *mask : s->sigmask) & ~SIG_UNBLOCKABLE;
	for (int sig = 1; sig < NSIG; sig++)
		if (s->sigactions[sig].sa_handler == SIG_IGN && !(deflt && (*deflt & SIGBIT(sig))))
			p->ignored |= SIGBIT(sig);
	if (keep_pending) {
		p->pending = s->sigpending & ~p->ignored;
		memcpy(p->pending_info, s->sigpending_info, sizeof p->pending_info);
	}
	r = exov6_sys_page_map(0, SCRATCH, env, ULIBOS_SIGPASS, EXOV6_PTE_W | EXOV6_PTE_NX);
	exov6_sys_page_unmap(0, SCRATCH);
	return (int)r;
}

void __libos_signal_inherit(void)
{
	if (!__libos_page_mapped(ULIBOS_SIGPASS))
		return;
	const struct sigpass *p = (const struct sigpass *)ULIBOS_SIGPASS;
	struct libos_state *s = __libos_state();
	if (s && p->magic == SIGPASS_MAGIC) {
		for (int sig = 1; sig < NSIG; sig++)
			if (p->ignored & SIGBIT(sig))
				s->sigactions[sig].sa_handler = SIG_IGN;
		s->sigmask = p->mask & ~SIG_UNBLOCKABLE;
		s->sigpending = p->pending;
		memcpy(s->sigpending_info, p->pending_info, sizeof s->sigpending_info);
	}
	exov6_sys_page_unmap(0, ULIBOS_SIGPASS);
}
