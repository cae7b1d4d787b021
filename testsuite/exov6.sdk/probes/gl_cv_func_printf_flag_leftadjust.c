/* A negative width from '*' means left adjustment, with or without '-'. */
#include "probe.h"
int main(void)
{
	expect(!strcmp(fmt("a%-*sc", -3, "b"), "ab  c"));
	expect(!strcmp(fmt("a%*sc", -3, "b"), "ab  c"));
	return probe_failures != 0;
}
