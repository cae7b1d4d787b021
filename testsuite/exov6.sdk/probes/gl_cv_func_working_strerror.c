/* strerror of a number that is no error still gives a non-empty text. */
#include "probe.h"
int main(void)
{
	expect(*strerror(-2) != 0);
	expect(*strerror(99999) != 0);
	return probe_failures != 0;
}
