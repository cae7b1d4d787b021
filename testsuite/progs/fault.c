/* fault.c - commit the CPU fault named by argv[1]; the kernel must kill
 * this program and go on.  Prints "survived" if the fault did not kill. */
#include <stdio.h>
#include <string.h>

/* Recurse until the stack runs out (the depth check keeps the compiler
 * from calling the recursion infinite; no stack is that deep). */
static int recurse(long n)
{
	volatile char pad[256];
	pad[0] = (char)n;
	if (n > (1l << 40))
		return 0;
	return recurse(n + 1) + pad[0];
}

int main(int argc, char **argv)
{
	const char *what = argc > 1 ? argv[1] : "";
	printf("fault: %s\n", what);
	if (!strcmp(what, "null-read"))
		printf("%d\n", *(volatile int *)0);
	else if (!strcmp(what, "null-write"))
		*(volatile int *)0 = 1;
	else if (!strcmp(what, "write-text"))
		*(volatile unsigned char *)(void *)main = 0xc3;
	else if (!strcmp(what, "ud2"))
		__asm__ volatile("ud2");
	else if (!strcmp(what, "hlt"))
		__asm__ volatile("hlt");
	else if (!strcmp(what, "cli"))
		__asm__ volatile("cli");
	else if (!strcmp(what, "out"))
		__asm__ volatile("outb %%al, $0xf4" : : "a"(0));
	else if (!strcmp(what, "div0")) {
		volatile int hundred = 100, zero = 0;
		printf("%d\n", hundred / zero);
	} else if (!strcmp(what, "jump-kernel"))
		((void (*)(void))0xffffffff80100000ul)();
	else if (!strcmp(what, "stack-overflow"))
		printf("%d\n", recurse(0));
	else if (!strcmp(what, "int3"))
		__asm__ volatile("int3");
	else if (!strcmp(what, "exec-data")) {
		static unsigned char ret = 0xc3;
		((void (*)(void))(void *)&ret)();
	}
	printf("survived\n");
	return 0;
}
