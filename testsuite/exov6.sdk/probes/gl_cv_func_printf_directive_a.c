/* %a and %A: the hexadecimal form, rounding at a precision, zero padding
 * not applied to infinity. */
#include "probe.h"
static volatile double zero = 0.0;
int main(void)
{
	expect(!strcmp(fmt("%a %d", 3.1416015625, 33), "0x1.922p+1 33"));
	expect(!strcmp(fmt("%A %d", -3.1416015625, 33), "-0X1.922P+1 33"));
	expect(!strcmp(fmt("%.2a %d", 1.51, 33), "0x1.83p+0 33"));
	expect(!strcmp(fmt("%.0a %d", 1.51, 33), "0x2p+0 33"));
	expect(fmt("%010a %d", 1.0 / zero, 33)[0] != '0');
	expect(!strcmp(fmt("%.1a", 1.999), "0x2.0p+0") || !strcmp(probe_buf, "0x1.0p+1"));
	expect(!strcmp(fmt("%La %d", 3.1416015625L, 33), "0xc.91p-2 33") ||
	       !strcmp(probe_buf, "0x1.922p+1 33"));
	return probe_failures != 0;
}
