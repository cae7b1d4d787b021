/* exit.c - atexit handlers (last registered first), then the program's
 * finalisers, then every stdio stream flushed, then _exit. */
#include <limits.h>
#include <stdlib.h>
#include <unistd.h>
#include "../crt/libc_private.h"
#include "../stdio/file.h"

/* Weak: a program without stdio streams does not link them in. */
#pragma weak __stdio_flush_all

static void (*handlers[ATEXIT_MAX])(void);
static int nhandlers;

int atexit(void (*fn)(void))
{
	if (nhandlers == ATEXIT_MAX)
		return -1;
	handlers[nhandlers++] = fn;
	return 0;
}

void exit(int status)
{
	while (nhandlers > 0)
		handlers[--nhandlers]();
	__libc_run_finalizers();
	if (__stdio_flush_all)
		__stdio_flush_all();
	_exit(status);
}
