/* fopen mode "e" sets close-on-exec on the descriptor. */
#include "probe.h"
#include <fcntl.h>
int main(void)
{
	expect(probe_file("f", "") == 0);
	FILE *f = fopen("f", "re");
	expect(f != NULL);
	if (f) {
		expect(fcntl(fileno(f), F_GETFD) & FD_CLOEXEC);
		fclose(f);
	}
	return probe_failures != 0;
}
