/* exitcode.c - exit with the status given as argument (via exit(), so
 * output buffered before it must still appear). */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
	printf("exiting with %d\n", argc > 1 ? atoi(argv[1]) : 0);
	exit(argc > 1 ? atoi(argv[1]) : 0);
}
