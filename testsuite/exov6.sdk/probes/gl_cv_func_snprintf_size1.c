/* A size of 1 writes only the NUL. */
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
	char buf[8] = { 'D', 'E', 'A', 'D', 'B', 'E', 'E', 'F' };
	my_snprintf(buf, 1, "%d", 12345);
	expect(buf[0] == 0 && buf[1] == 'E');
	return probe_failures != 0;
}
