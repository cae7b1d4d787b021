/* exov6/tty.h - the console as a terminal (SYS_console_read,
 * SYS_console_ctl): its settings record, laid out as <termios.h>'s struct
 * termios, the bits and control characters the kernel's line discipline
 * acts on (same values as <termios.h>, which the libOS checks), and the
 * requests of SYS_console_ctl.  Shared by the kernel and user space. */
#ifndef EXOV6_TTY_H
#define EXOV6_TTY_H

#define EXOV6_NCCS 32

#ifndef __ASSEMBLER__
struct exov6_termios {
	unsigned int iflag, oflag, cflag, lflag;
	unsigned char line;
	unsigned char cc[EXOV6_NCCS];
	unsigned int ispeed, ospeed;
};

struct exov6_winsize {
	unsigned short rows, cols, xpixel, ypixel;
};
#endif

/* Control characters (indexes into cc). */
#define EXOV6_VINTR   0
#define EXOV6_VQUIT   1
#define EXOV6_VERASE  2
#define EXOV6_VKILL   3
#define EXOV6_VEOF    4
#define EXOV6_VTIME   5
#define EXOV6_VMIN    6
#define EXOV6_VSUSP   10
#define EXOV6_VEOL    11
#define EXOV6_VWERASE 14
#define EXOV6_VLNEXT  15
#define EXOV6_VEOL2   16
/* iflag */
#define EXOV6_ISTRIP  0000040
#define EXOV6_INLCR   0000100
#define EXOV6_IGNCR   0000200
#define EXOV6_ICRNL   0000400
/* oflag */
#define EXOV6_OPOST   0000001
#define EXOV6_ONLCR   0000004
/* lflag */
#define EXOV6_ISIG    0000001
#define EXOV6_ICANON  0000002
#define EXOV6_ECHO    0000010
#define EXOV6_ECHOE   0000020
#define EXOV6_ECHOK   0000040
#define EXOV6_ECHONL  0000100
#define EXOV6_NOFLSH  0000200
#define EXOV6_TOSTOP  0000400
#define EXOV6_ECHOCTL 0001000
#define EXOV6_ECHOKE  0004000
#define EXOV6_IEXTEN  0100000

/* SYS_console_ctl(request, arg).  Anyone may read the settings; the
 * requests that name a session or group follow POSIX's rules. */
#define EXOV6_TTY_GETATTR  1   /* arg: struct exov6_termios * to fill */
#define EXOV6_TTY_SETATTR  2   /* arg: const struct exov6_termios * */
#define EXOV6_TTY_FLUSH    3   /* drop unread input */
#define EXOV6_TTY_GETPGRP  4   /* the foreground group; -ENOTTY if the
				* caller's session does not own the console */
#define EXOV6_TTY_SETPGRP  5   /* arg: a group of the caller's session,
				* which must own the console */
#define EXOV6_TTY_GETSID   6   /* the session owning the console, -ENOTTY */
#define EXOV6_TTY_SCTTY    7   /* the caller, a session leader, takes the
				* console (arg 1: even from another session) */
#define EXOV6_TTY_NOTTY    8   /* the caller's session gives it up */
#define EXOV6_TTY_GETWINSZ 9   /* arg: struct exov6_winsize * to fill */
#define EXOV6_TTY_SETWINSZ 10  /* arg: const struct exov6_winsize *;
				* SIGWINCH to the foreground group */
#define EXOV6_TTY_NREAD    11  /* bytes a read could take now */

#endif
