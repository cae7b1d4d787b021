/* Large precisions for integers and floating point, also long double. */
#include "probe.h"
int main(void)
{
	expect(sprintf(probe_buf, "%.4000d %d", 1, 33) == 4003);
	expect(sprintf(probe_buf, "%.4000f %d", 1.0, 33) == 4005);
	expect(sprintf(probe_buf, "%.511f %d", 1.0, 33) == 516 && probe_buf[0] == '1');
	expect(sprintf(probe_buf, "%.999f %d", 1.0, 33) == 1004 && probe_buf[0] == '1');
	expect(sprintf(probe_buf, "%.5119Lf", 1.0L) == 5121 && !strncmp(probe_buf, "1.", 2) &&
	       !strcmp(probe_buf + 5117, "0000"));
	return probe_failures != 0;
}
