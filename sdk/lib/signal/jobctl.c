/* jobctl.c - the terminal's job control, seen from a process: a member
 * of a background group that reads the console (or writes it under
 * TOSTOP, or changes its settings) signals its own group with SIGTTIN or
 * SIGTTOU, whose default action stops it until the shell continues it in
 * the foreground. */
#include <errno.h>
#include <exov6/syscall.h>
#include <exov6/tty.h>
#include "../mem/libos_state.h"
#include "signal_private.h"

int __libos_tty_background(int sig, int is_read)
{
	for (;;) {
		long fg = exov6_sys_console_ctl(EXOV6_TTY_GETPGRP, 0);
		long me = exov6_sys_env_getpgid(0);
		if (fg < 0 || fg == me)
			return 0;       /* not our session's terminal, or in front */
		struct libos_state *s = __libos_state();
		if (s && (s->sigactions[sig].sa_handler == SIG_IGN || (s->sigmask & SIGBIT(sig))))
			return is_read ? -EIO : 0;
		struct __libos_sigmark m = __libos_restart_begin();
		exov6_sys_env_signal_group((exov6_envid_t)me, sig);
		if (__libos_interrupted(m))
			return -EINTR;  /* a handler without SA_RESTART took it */
	}
}
