/* vsnprintf truncates to size - 1 bytes and a NUL, touching nothing after. */
#include "probe.h"
#include <stdarg.h>
/* Truncation is what is checked. */
#pragma GCC diagnostic ignored "-Wformat-truncation"
static int my_snprintf(char *buf, size_t size, const char *format, ...)
{
	va_list ap;
	va_start(ap, format);
	int r = vsnprintf(buf, size, format, ap);
	va_end(ap);
	return r;
}
int main(void)
{
	char buf[8] = "ABCDEF";
	my_snprintf(buf, 3, "%d %d", 4567, 89);
	expect(!memcmp(buf, "45\0DEF", 6));
	return probe_failures != 0;
}
