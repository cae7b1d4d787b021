/* tty.c - the console as a terminal (see tty.h and exov6/tty.h).
 *
 * DECISION: the line discipline lives here, beside the UART, not in a
 * terminal server.  The console is the kernel's own device (it must work
 * for a bare boot with no server, and for panics), and the control
 * characters must signal the foreground group the moment they arrive,
 * whatever that group is doing; a server would put every keystroke and
 * every console write through two IPCs.  The settings are one record
 * shared by every process, as a terminal's are.
 *
 * Input bytes go through ISTRIP/IGNCR/ICRNL/INLCR, then ISIG (VINTR,
 * VQUIT, VSUSP), then, in canonical mode, line editing (VERASE, VKILL,
 * VWERASE, VEOF, VLNEXT) into the line being edited, which becomes
 * readable at a newline, VEOL/VEOL2 or VEOF; in non-canonical mode every
 * byte is readable at once and reads follow VMIN/VTIME.  Echo happens as
 * bytes arrive.  Output is passed unchanged unless OPOST and ONLCR are
 * set (the host side, QEMU's stdio, does its own newline handling). */
#include <exov6/errno.h>
#include <exov6/syscall.h>
#include <exov6/tty.h>
#include "block.h"
#include "serial.h"
#include "signal.h"
#include "tty.h"
#include "vm.h"
#include "x86.h"

#define RING 4096
#define EOF_MARK 0x100                  /* VEOF in the queue: a read ends */
#define CTRL(c) ((c) & 037)

static struct exov6_termios tio = {
	.iflag = EXOV6_ICRNL,
	.oflag = EXOV6_OPOST,
	.cflag = 0000017 | 0000060 | 0000200,   /* B38400 CS8 CREAD */
	.lflag = EXOV6_ISIG | EXOV6_ICANON | EXOV6_ECHO | EXOV6_ECHOE | EXOV6_ECHOK |
		 EXOV6_ECHOCTL | EXOV6_ECHOKE | EXOV6_IEXTEN,
	.cc = {
		[EXOV6_VINTR] = CTRL('c'), [EXOV6_VQUIT] = 034, [EXOV6_VERASE] = 0177,
		[EXOV6_VKILL] = CTRL('u'), [EXOV6_VEOF] = CTRL('d'), [EXOV6_VMIN] = 1,
		[8] = CTRL('q'), [9] = CTRL('s'), [EXOV6_VSUSP] = CTRL('z'),
		[12] = CTRL('r'), [13] = CTRL('o'), [EXOV6_VWERASE] = CTRL('w'),
		[EXOV6_VLNEXT] = CTRL('v'),
	},
	.ispeed = 0000017,
	.ospeed = 0000017,
};
static struct exov6_winsize winsize = { 24, 80, 0, 0 };
static exov6_envid_t session, fg;       /* owning session, foreground group */

/* The queue: [head, ready) can be read, [ready, tail) is the line being
 * edited (empty in non-canonical mode). */
static uint16_t q[RING];
static uint32_t head, ready, tail;
static int literal_next;                /* VLNEXT seen */

static int lflag(unsigned f)
{
	return (tio.lflag & f) != 0;
}

static void out(const char *s, uint64_t n)
{
	console_write(s, n);
}

/* Echo c as typed: control characters as ^X with ECHOCTL. */
static void echo(int c)
{
	if (!lflag(EXOV6_ECHO)) {
		if (c == '\n' && lflag(EXOV6_ECHONL) && lflag(EXOV6_ICANON))
			out("\n", 1);
		return;
	}
	char ch = (char)c;
	if (lflag(EXOV6_ECHOCTL) && (c < 32 || c == 0x7f) && c != '\n' && c != '\t') {
		char s[2] = { '^', (char)(c ^ 0x40) };
		out(s, 2);
	} else {
		out(&ch, 1);
	}
}

/* Columns the echo of c took. */
static int width(int c)
{
	return lflag(EXOV6_ECHOCTL) && (c < 32 || c == 0x7f) && c != '\t' ? 2 : 1;
}

/* Take back the last byte of the line being edited; 0 if none. */
static int rub_out(int visibly)
{
	if (tail == ready)
		return 0;
	int c = q[--tail % RING];
	if (visibly && lflag(EXOV6_ECHO) && lflag(EXOV6_ECHOE))
		for (int i = width(c); i > 0; i--)
			out("\b \b", 3);
	return 1;
}

static void put(int c)
{
	if (tail - head < RING - 1)
		q[tail++ % RING] = (uint16_t)c;
}

static void flush_input(void)
{
	head = ready = tail;
}

/* A control character that signals: echo it, drop pending input unless
 * NOFLSH, signal the foreground group. */
static void signal_char(int c, int sig)
{
	if (!lflag(EXOV6_NOFLSH))
		flush_input();
	echo(c);
	signal_post_group(fg, sig);
}

static void input(int c)
{
	if (tio.iflag & EXOV6_ISTRIP)
		c &= 0x7f;
	if (literal_next) {
		literal_next = 0;
		if (lflag(EXOV6_ECHO) && lflag(EXOV6_ECHOCTL))
			out("\b", 1);
		put(c);
		echo(c);
		if (!lflag(EXOV6_ICANON))
			ready = tail;
		return;
	}
	if (c == '\r' && (tio.iflag & EXOV6_IGNCR))
		return;
	if (c == '\r' && (tio.iflag & EXOV6_ICRNL))
		c = '\n';
	else if (c == '\n' && (tio.iflag & EXOV6_INLCR))
		c = '\r';
	const unsigned char *cc = tio.cc;
	if (lflag(EXOV6_ISIG) && c) {
		if (c == cc[EXOV6_VINTR])
			return signal_char(c, EXOV6_SIGINT);
		if (c == cc[EXOV6_VQUIT])
			return signal_char(c, EXOV6_SIGQUIT);
		if (c == cc[EXOV6_VSUSP])
			return signal_char(c, EXOV6_SIGTSTP);
	}
	if (!lflag(EXOV6_ICANON)) {
		put(c);
		echo(c);
		ready = tail;
		return;
	}
	if (lflag(EXOV6_IEXTEN) && c && c == cc[EXOV6_VLNEXT]) {
		literal_next = 1;
		if (lflag(EXOV6_ECHO) && lflag(EXOV6_ECHOCTL))
			out("^", 1);
		return;
	}
	if (c && c == cc[EXOV6_VERASE]) {
		rub_out(1);
		return;
	}
	if (c && c == cc[EXOV6_VWERASE] && lflag(EXOV6_IEXTEN)) {
		while (tail != ready && (q[(tail - 1) % RING] == ' ' || q[(tail - 1) % RING] == '\t'))
			rub_out(1);
		while (tail != ready && q[(tail - 1) % RING] != ' ' && q[(tail - 1) % RING] != '\t')
			rub_out(1);
		return;
	}
	if (c && c == cc[EXOV6_VKILL]) {
		if (lflag(EXOV6_ECHOKE)) {
			while (rub_out(1))
				;
		} else {
			while (rub_out(0))
				;
			echo(c);
			if (lflag(EXOV6_ECHOK))
				out("\n", 1);
		}
		return;
	}
	if (c && c == cc[EXOV6_VEOF]) {
		put(EOF_MARK);
		ready = tail;
		return;
	}
	put(c);
	echo(c);
	if (c == '\n' || (c && (c == cc[EXOV6_VEOL] || c == cc[EXOV6_VEOL2])))
		ready = tail;
}

/* How many bytes a read of len could take now, and whether it may. */
static int can_finish(uint64_t len, uint32_t avail)
{
	if (lflag(EXOV6_ICANON))
		return avail > 0;
	unsigned min = tio.cc[EXOV6_VMIN];
	return avail >= (min < len ? min : len) && (avail > 0 || tio.cc[EXOV6_VTIME] == 0);
}

/* Copy readable bytes (one line at most in canonical mode) to va in e's
 * address space, checked as they are written.  The count, or -EFAULT
 * with the bytes kept. */
static long take(struct env *e, uint64_t va, uint64_t len)
{
	char buf[256];
	uint64_t n = 0;
	while (n < len && head != ready) {
		uint32_t k = 0, h = head;
		int line_end = 0;
		while (k < sizeof buf && n + k < len && h != ready && !line_end) {
			int c = q[h % RING];
			if (c == EOF_MARK) {
				h++;    /* ends the line; alone, it reads as end of file */
				line_end = 1;
				break;
			}
			buf[k++] = (char)c;
			h++;
			line_end = lflag(EXOV6_ICANON) &&
				   (c == '\n' || c == tio.cc[EXOV6_VEOL] || c == tio.cc[EXOV6_VEOL2]);
		}
		if (k && vm_copy_out(e->pml4, va + n, buf, k))
			return n ? (long)n : -EFAULT;
		n += k;
		head = h;
		if (line_end || k == 0)
			break;
	}
	return (long)n;
}

static uint64_t vtime_deadline(void)
{
	return block_deadline((uint64_t)tio.cc[EXOV6_VTIME] * 100000000u);
}

/* Hand input to the blocked readers that can take it now. */
static void serve_readers(void)
{
	for (int i = 0; i < NENV; i++) {
		struct env *e = &envs[i];
		if (e->block.why != BLOCK_CONSOLE)
			continue;
		uint64_t len = e->block.console.len;
		if (can_finish(len, ready - head)) {
			block_wake(e, take(e, e->block.console.va, len));
		} else if (!lflag(EXOV6_ICANON) && ready != head && tio.cc[EXOV6_VTIME]) {
			e->block.deadline = vtime_deadline();   /* the inter-byte timer */
		}
	}
}

void tty_interrupt(void)
{
	int c;
	while ((c = console_getc()) >= 0)
		input(c);
	serve_readers();
}

void tty_timeout(struct env *e)
{
	block_wake(e, take(e, e->block.console.va, e->block.console.len));
}

long tty_read(uint64_t buf, uint64_t len, uint64_t flags)
{
	if (flags & ~(uint64_t)EXOV6_CONSOLE_NONBLOCK)
		return -EINVAL;
	int r = vm_check_user(curenv->pml4, buf, len, 1);
	if (r)
		return r;
	if (len == 0)
		return 0;
	if (can_finish(len, ready - head))
		return take(curenv, buf, len);
	if (flags & EXOV6_CONSOLE_NONBLOCK)
		return ready != head ? take(curenv, buf, len) : -EAGAIN;
	unsigned vtime = tio.cc[EXOV6_VTIME];
	uint64_t deadline = 0;
	if (!lflag(EXOV6_ICANON) && vtime && (tio.cc[EXOV6_VMIN] == 0 || ready != head))
		deadline = vtime_deadline();
	curenv->block.console.va = buf;
	curenv->block.console.len = len;
	block_current(BLOCK_CONSOLE, deadline);
}

long tty_write(uint64_t buf, uint64_t len)
{
	int r = vm_check_user(curenv->pml4, buf, len, 0);
	if (r)
		return r;
	int onlcr = (tio.oflag & (EXOV6_OPOST | EXOV6_ONLCR)) == (EXOV6_OPOST | EXOV6_ONLCR);
	char chunk[256];
	for (uint64_t done = 0; done < len;) {
		uint64_t n = len - done < sizeof chunk ? len - done : sizeof chunk;
		if ((r = vm_copy_in(curenv->pml4, chunk, buf + done, n)))
			return r;
		uint64_t from = 0;
		for (uint64_t i = 0; onlcr && i < n; i++)
			if (chunk[i] == '\n') {
				out(chunk + from, i - from);
				out("\r", 1);
				from = i;
			}
		out(chunk + from, n - from);
		done += n;
	}
	return (long)len;
}

/* Is there a live env of session sid in group pgid? */
static int group_in_session(exov6_envid_t pgid, exov6_envid_t sid)
{
	for (int i = 0; i < NENV; i++)
		if (envs[i].state != ENV_FREE && envs[i].state != ENV_ZOMBIE &&
		    envs[i].pgid == pgid && envs[i].sid == sid)
			return 1;
	return 0;
}

static void hang_up(void)
{
	exov6_envid_t group = fg;
	session = fg = 0;
	signal_post_group(group, EXOV6_SIGHUP);
	signal_post_group(group, EXOV6_SIGCONT);
}

long tty_ctl(uint64_t request, uint64_t arg)
{
	struct env *self = curenv;
	int owner = session && self->sid == session;
	struct exov6_termios t;
	struct exov6_winsize w;
	uint32_t avail;
	int r;

	switch (request) {
	case EXOV6_TTY_GETATTR:
		return vm_copy_out(self->pml4, arg, &tio, sizeof tio);
	case EXOV6_TTY_SETATTR:
		if ((r = vm_copy_in(self->pml4, &t, arg, sizeof t)))
			return r;
		if ((t.lflag & EXOV6_ICANON) != (tio.lflag & EXOV6_ICANON))
			ready = tail;   /* the edited line is readable either way */
		tio = t;
		serve_readers();
		return 0;
	case EXOV6_TTY_FLUSH:
		flush_input();
		return 0;
	case EXOV6_TTY_GETPGRP:
		return owner ? fg : -ENOTTY;
	case EXOV6_TTY_SETPGRP:
		if (!owner)
			return -ENOTTY;
		if ((long)arg <= 0)
			return -EINVAL;
		if (!group_in_session((exov6_envid_t)arg, session))
			return -EPERM;
		fg = (exov6_envid_t)arg;
		return 0;
	case EXOV6_TTY_GETSID:
		return session ? session : -ENOTTY;
	case EXOV6_TTY_SCTTY:
		if (self->sid != self->id)
			return -EPERM;          /* only a session leader */
		if (owner)
			return 0;
		if (session && arg != 1)
			return -EPERM;
		session = self->sid;
		fg = self->pgid;
		return 0;
	case EXOV6_TTY_NOTTY:
		if (!owner)
			return -ENOTTY;
		if (self->id == session)
			hang_up();
		return 0;
	case EXOV6_TTY_GETWINSZ:
		return vm_copy_out(self->pml4, arg, &winsize, sizeof winsize);
	case EXOV6_TTY_SETWINSZ:
		if ((r = vm_copy_in(self->pml4, &w, arg, sizeof w)))
			return r;
		if (w.rows != winsize.rows || w.cols != winsize.cols ||
		    w.xpixel != winsize.xpixel || w.ypixel != winsize.ypixel) {
			winsize = w;
			signal_post_group(fg, EXOV6_SIGWINCH);
		}
		return 0;
	case EXOV6_TTY_NREAD:
		avail = 0;
		for (uint32_t h = head; h != ready; h++)
			avail += q[h % RING] != EOF_MARK;
		return avail;
	default:
		return -EINVAL;
	}
}

void tty_start(struct env *first)
{
	session = first->sid;
	fg = first->pgid;
}

void tty_env_gone(struct env *e)
{
	if (session && e->id == session)
		hang_up();
}
