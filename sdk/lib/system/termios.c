/* termios.c - terminal attributes of the console: the kernel's line
 * discipline holds the one record every process shares (kernel/tty.c),
 * with Linux's values for every flag it acts on (checked below); the
 * foreground process group and the session the console belongs to. */
#include <errno.h>
#include <exov6/syscall.h>
#include <exov6/tty.h>
#include <signal.h>
#include <stddef.h>
#include <termios.h>
#include <unistd.h>
#include "../signal/signal_private.h"

_Static_assert(sizeof(struct termios) == sizeof(struct exov6_termios), "termios layout");
_Static_assert(offsetof(struct termios, c_cc) == offsetof(struct exov6_termios, cc), "c_cc");
_Static_assert(offsetof(struct termios, c_ispeed) == offsetof(struct exov6_termios, ispeed), "speeds");
_Static_assert(NCCS == EXOV6_NCCS && VINTR == EXOV6_VINTR && VQUIT == EXOV6_VQUIT &&
	       VERASE == EXOV6_VERASE && VKILL == EXOV6_VKILL && VEOF == EXOV6_VEOF &&
	       VTIME == EXOV6_VTIME && VMIN == EXOV6_VMIN && VSUSP == EXOV6_VSUSP &&
	       VEOL == EXOV6_VEOL && VWERASE == EXOV6_VWERASE && VLNEXT == EXOV6_VLNEXT &&
	       VEOL2 == EXOV6_VEOL2, "control characters");
_Static_assert(ISTRIP == EXOV6_ISTRIP && INLCR == EXOV6_INLCR && IGNCR == EXOV6_IGNCR &&
	       ICRNL == EXOV6_ICRNL && OPOST == EXOV6_OPOST && ONLCR == EXOV6_ONLCR, "flags");
_Static_assert(ISIG == EXOV6_ISIG && ICANON == EXOV6_ICANON && ECHO == EXOV6_ECHO &&
	       ECHOE == EXOV6_ECHOE && ECHOK == EXOV6_ECHOK && ECHONL == EXOV6_ECHONL &&
	       NOFLSH == EXOV6_NOFLSH && TOSTOP == EXOV6_TOSTOP && ECHOCTL == EXOV6_ECHOCTL &&
	       ECHOKE == EXOV6_ECHOKE && IEXTEN == EXOV6_IEXTEN, "local flags");

static long result(long r)
{
	if (r < 0) {
		errno = (int)-r;
		return -1;
	}
	return r;
}

int tcgetattr(int fd, struct termios *t)
{
	if (!isatty(fd))
		return -1;
	return (int)result(exov6_sys_console_ctl(EXOV6_TTY_GETATTR, (unsigned long)t));
}

int tcsetattr(int fd, int when, const struct termios *t)
{
	if (!isatty(fd))
		return -1;
	if (when != TCSANOW && when != TCSADRAIN && when != TCSAFLUSH)
		return (int)result(-EINVAL);
	if (__libos_tty_background(SIGTTOU, 0))
		return (int)result(-EINTR);
	if (when == TCSAFLUSH)
		exov6_sys_console_ctl(EXOV6_TTY_FLUSH, 0);
	return (int)result(exov6_sys_console_ctl(EXOV6_TTY_SETATTR, (unsigned long)t));
}

/* Console output is written synchronously: nothing to wait for. */
int tcdrain(int fd)
{
	return isatty(fd) ? 0 : -1;
}

int tcflush(int fd, int queue)
{
	if (!isatty(fd))
		return -1;
	if (queue < TCIFLUSH || queue > TCIOFLUSH)
		return (int)result(-EINVAL);
	if (queue != TCOFLUSH)
		exov6_sys_console_ctl(EXOV6_TTY_FLUSH, 0);
	return 0;
}

pid_t tcgetpgrp(int fd)
{
	if (!isatty(fd))
		return -1;
	return (pid_t)result(exov6_sys_console_ctl(EXOV6_TTY_GETPGRP, 0));
}

int tcsetpgrp(int fd, pid_t pgrp)
{
	if (!isatty(fd))
		return -1;
	if (__libos_tty_background(SIGTTOU, 0))
		return (int)result(-EINTR);
	return (int)result(exov6_sys_console_ctl(EXOV6_TTY_SETPGRP, (unsigned long)pgrp));
}

pid_t tcgetsid(int fd)
{
	if (!isatty(fd))
		return -1;
	return (pid_t)result(exov6_sys_console_ctl(EXOV6_TTY_GETSID, 0));
}

int tcflow(int fd, int action)
{
	if (!isatty(fd))
		return -1;
	if (action < TCOOFF || action > TCION) {
		errno = EINVAL;
		return -1;
	}
	return 0;
}

int tcsendbreak(int fd, int duration)
{
	(void)duration;
	return tcdrain(fd);
}

static int valid_speed(speed_t s)
{
	return (s & ~CBAUD) == 0 && (s <= B38400 || (s >= B57600 && s <= B460800));
}

speed_t cfgetospeed(const struct termios *t)
{
	return t->c_cflag & CBAUD;
}

speed_t cfgetispeed(const struct termios *t)
{
	return t->c_ispeed;
}

int cfsetospeed(struct termios *t, speed_t speed)
{
	if (!valid_speed(speed)) {
		errno = EINVAL;
		return -1;
	}
	t->c_cflag = (t->c_cflag & ~CBAUD) | speed;
	t->c_ospeed = speed;
	return 0;
}

/* Speed 0 means "the same as the output speed". */
int cfsetispeed(struct termios *t, speed_t speed)
{
	if (!valid_speed(speed)) {
		errno = EINVAL;
		return -1;
	}
	t->c_ispeed = speed ? speed : cfgetospeed(t);
	return 0;
}

int cfsetspeed(struct termios *t, speed_t speed)
{
	return cfsetospeed(t, speed) < 0 ? -1 : cfsetispeed(t, speed);
}

void cfmakeraw(struct termios *t)
{
	t->c_iflag &= ~(tcflag_t)(IGNBRK | BRKINT | PARMRK | ISTRIP | INLCR | IGNCR | ICRNL | IXON);
	t->c_oflag &= ~(tcflag_t)OPOST;
	t->c_lflag &= ~(tcflag_t)(ECHO | ECHONL | ICANON | ISIG | IEXTEN);
	t->c_cflag = (t->c_cflag & ~(tcflag_t)(CSIZE | PARENB)) | CS8;
	t->c_cc[VMIN] = 1;
	t->c_cc[VTIME] = 0;
}
