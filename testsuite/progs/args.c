/* args.c - print argc, each argv and envp entry; exit with argc. */
#include <stdio.h>

int main(int argc, char **argv, char **envp)
{
	printf("argc=%d\n", argc);
	for (int i = 0; i < argc; i++)
		printf("argv[%d]=%s\n", i, argv[i]);
	printf("argv[argc]=%s\n", argv[argc] ? "non-null" : "null");
	for (int i = 0; envp[i]; i++)
		printf("envp[%d]=%s\n", i, envp[i]);
	return argc;
}
