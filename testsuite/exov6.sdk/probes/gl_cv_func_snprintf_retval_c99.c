/* vsnprintf returns the length the whole output would have. */
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
	char buf[8];
	expect(my_snprintf(buf, 3, "%d %d", 4567, 89) == 7);
	expect(my_snprintf(buf, 0, "%d %d", 4567, 89) == 7);
	expect(my_snprintf(NULL, 0, "%d %d", 4567, 89) == 7);
	return probe_failures != 0;
}
