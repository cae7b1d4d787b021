/* hello.c - libgreet's formatting and count, with the exit status as the
 * verdict. */
#include <stdio.h>
#include <string.h>
#include "greet.h"

int main(int argc, char **argv)
{
	char buf[64];
	int n = greet_format(buf, sizeof buf, argc > 1 ? argv[1] : "");
	printf("%s\n", buf);
	if (n != (int)strlen(buf) || greet_count() != 1)
		return 1;
	n = greet_format(buf, 4, "truncated");
	return n == 17 && strcmp(buf, "Hel") == 0 && greet_count() == 2 ? 0 : 2;
}
