/* console.c - the console descriptor: the kernel's terminal does the line
 * discipline (echo, editing, control characters, VMIN/VTIME), so a read
 * is one system call.  Here: job control (a background group's read
 * stops it with SIGTTIN; its write does with SIGTTOU under TOSTOP) and
 * SA_RESTART. */
#include <errno.h>
#include <exov6/syscall.h>
#include <exov6/tty.h>
#include <fcntl.h>
#include <signal.h>
#include <termios.h>
#include "fd_private.h"
#include "../signal/signal_private.h"

long __console_read(struct fd *f, void *buf, size_t n)
{
	for (;;) {
		long r = __libos_tty_background(SIGTTIN, 1);
		if (r)
			return r;
		struct __libos_sigmark m = __libos_restart_begin();
		r = exov6_sys_console_read(buf, n, f->flags & O_NONBLOCK ? EXOV6_CONSOLE_NONBLOCK : 0);
		if (!__libos_restart(r, m))
			return r;
	}
}

long __console_write(const void *buf, size_t n)
{
	struct termios t;
	if (exov6_sys_console_ctl(EXOV6_TTY_GETATTR, (unsigned long)&t) == 0 && (t.c_lflag & TOSTOP)) {
		long r = __libos_tty_background(SIGTTOU, 0);
		if (r)
			return r;
	}
	return exov6_sys_cputs(buf, n);
}

int __console_ready(void)
{
	return exov6_sys_console_ctl(EXOV6_TTY_NREAD, 0) > 0;
}
