/* puts.c - puts and putchar on standard output. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int puts(const char *s)
{
	size_t n = strlen(s);
	if (write(STDOUT_FILENO, s, n) != (ssize_t)n || write(STDOUT_FILENO, "\n", 1) != 1)
		return EOF;
	return 1;
}

int putchar(int c)
{
	unsigned char ch = (unsigned char)c;
	return write(STDOUT_FILENO, &ch, 1) == 1 ? ch : EOF;
}
