/* nonewline.c - output without a final newline still reaches the console. */
#include <unistd.h>

int main(void)
{
	write(STDOUT_FILENO, "no newline at the end", 21);
	return 0;
}
