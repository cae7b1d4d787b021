#include "config.h"
#include <stdio.h>
#include "greet.h"

static unsigned count;

int greet_format(char *buf, size_t size, const char *name)
{
	count++;
	return snprintf(buf, size, "Hello, %s!", name && *name ? name : "world");
}

unsigned greet_count(void)
{
	return count;
}
