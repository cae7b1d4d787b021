/* hello.c - the smallest exov6 program: greets, and exits with the number
 * given as its first argument (0 without one). */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
	printf("hello, exov6\n");
	return argc > 1 ? atoi(argv[1]) : 0;
}
