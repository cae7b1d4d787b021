/* termios.c - terminal attributes of the console, kept as a per-process
 * record (inherited across fork, reset by exec) that starts as Linux's
 * defaults for a terminal: canonical input with echo and signals, CR to
 * NL on input, NL to CR-NL on output, 8 bits at 38400 baud. */
#include <errno.h>
#include <termios.h>
#include <unistd.h>

#define CTRL(c) ((c) & 037)

static struct termios console = {
	.c_iflag = ICRNL | IXON | IUTF8,
	.c_oflag = OPOST | ONLCR,
	.c_cflag = B38400 | CS8 | CREAD | HUPCL,
	.c_lflag = ISIG | ICANON | ECHO | ECHOE | ECHOK | ECHOCTL | ECHOKE | IEXTEN,
	.c_cc = {
		[VINTR] = CTRL('c'), [VQUIT] = 034, [VERASE] = 0177, [VKILL] = CTRL('u'),
		[VEOF] = CTRL('d'), [VMIN] = 1, [VSTART] = CTRL('q'), [VSTOP] = CTRL('s'),
		[VSUSP] = CTRL('z'), [VREPRINT] = CTRL('r'), [VDISCARD] = CTRL('o'),
		[VWERASE] = CTRL('w'), [VLNEXT] = CTRL('v'),
	},
	.c_ispeed = B38400,
	.c_ospeed = B38400,
};

int tcgetattr(int fd, struct termios *t)
{
	if (!isatty(fd))
		return -1;
	*t = console;
	return 0;
}

int tcsetattr(int fd, int when, const struct termios *t)
{
	if (!isatty(fd))
		return -1;
	if (when != TCSANOW && when != TCSADRAIN && when != TCSAFLUSH) {
		errno = EINVAL;
		return -1;
	}
	console = *t;
	return 0;
}

/* Console output is written synchronously, and input is not queued
 * anywhere these could reach: they only check the descriptor. */
int tcdrain(int fd)
{
	return isatty(fd) ? 0 : -1;
}

int tcflush(int fd, int queue)
{
	if (!isatty(fd))
		return -1;
	if (queue < TCIFLUSH || queue > TCIOFLUSH) {
		errno = EINVAL;
		return -1;
	}
	return 0;
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
