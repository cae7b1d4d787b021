/* ctors.c - constructors run before main in priority order, destructors
 * and atexit handlers after it (atexit last-registered first, then
 * destructors). */
#include <stdio.h>
#include <stdlib.h>

static void __attribute__((constructor(101))) first(void) { printf("ctor 101\n"); }
static void __attribute__((constructor(102))) second(void) { printf("ctor 102\n"); }
static void __attribute__((destructor)) dtor(void) { printf("dtor\n"); }
static void handler_a(void) { printf("atexit a\n"); }
static void handler_b(void) { printf("atexit b\n"); }

int main(void)
{
	printf("main\n");
	atexit(handler_a);
	atexit(handler_b);
	return 0;
}
