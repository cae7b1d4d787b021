/* greet [NAME...] - greets each NAME, or each line of standard input. */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "greet.h"

static void say(const char *name)
{
	char buf[256];
	greet_format(buf, sizeof buf, name);
	puts(buf);
}

int main(int argc, char **argv)
{
	for (int i = 1; i < argc; i++)
		say(argv[i]);
	if (argc == 1) {
		char *line = NULL;
		size_t size = 0;
		ssize_t n;
		while ((n = getline(&line, &size, stdin)) > 0) {
			line[strcspn(line, "\n")] = 0;
			say(line);
		}
		free(line);
	}
	fprintf(stderr, "greet: %u greetings\n", greet_count());
	return 0;
}
