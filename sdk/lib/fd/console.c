/* console.c - reading the console: the kernel hands over raw bytes, and
 * this line discipline edits a line before a reader sees it: printable
 * bytes are echoed, backspace/DEL erases, Enter ends the line (CR becomes
 * NL), ^C discards the line and raises SIGINT in the reader, ^D ends a
 * non-empty line without a newline and reads as end of file on an empty
 * one. */
#include <errno.h>
#include <exov6/syscall.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include "fd_private.h"

#define LINE_MAX_BYTES 1024

static char line[LINE_MAX_BYTES];
static size_t line_len, line_ready, line_pos;  /* ready: bytes of finished lines */
static int eof_pending;

static void echo(const char *s, size_t n)
{
	exov6_sys_cputs(s, n);
}

/* Feed one raw byte to the line being edited. */
static void edit(char c)
{
	switch (c) {
	case '\r':
	case '\n':
		if (line_len < sizeof line)
			line[line_len++] = '\n';
		echo("\n", 1);
		line_ready = line_len;
		break;
	case 0x7f:
	case '\b':
		if (line_len > line_ready) {
			line_len--;
			echo("\b \b", 3);
		}
		break;
	case 0x03:
		line_len = line_ready;
		echo("^C\n", 3);
		raise(SIGINT);
		break;
	case 0x04:
		if (line_len == line_ready)
			eof_pending = 1;
		line_ready = line_len;
		break;
	default:
		if (line_len < sizeof line - 1) {
			line[line_len++] = c;
			echo(&c, 1);
		}
	}
}

/* Take in what the kernel has; block for it unless nonblock. */
static long fill(int nonblock)
{
	char raw[64];
	long n = exov6_sys_console_read(raw, sizeof raw,
					nonblock ? EXOV6_CONSOLE_NONBLOCK : 0);
	for (long i = 0; i < n; i++)
		edit(raw[i]);
	return n < 0 ? n : 0;
}

long __console_read(struct fd *f, void *buf, size_t n)
{
	while (line_pos == line_ready && !eof_pending) {
		long r = fill(f->flags & O_NONBLOCK);
		if (r)
			return r;
	}
	if (line_pos == line_ready) {
		eof_pending = 0;
		return 0;
	}
	size_t take = line_ready - line_pos < n ? line_ready - line_pos : n;
	memcpy(buf, line + line_pos, take);
	line_pos += take;
	if (line_pos == line_ready) {
		/* Everything finished was read: keep only the line being edited. */
		memmove(line, line + line_ready, line_len - line_ready);
		line_len -= line_ready;
		line_ready = line_pos = 0;
	}
	return (long)take;
}

int __console_ready(void)
{
	fill(1);
	return line_pos != line_ready || eof_pending;
}
