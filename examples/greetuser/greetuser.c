/* greetuser - a program using libgreet found through pkg-config. */
#include <stdio.h>
#include <greet.h>

int main(void)
{
	char buf[64];
	greet_format(buf, sizeof buf, "pkg-config");
	printf("%s (libgreet %s)\n", buf, GREET_VERSION);
	return greet_count() == 1 ? 0 : 1;
}
