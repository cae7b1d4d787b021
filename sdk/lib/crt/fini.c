/* fini.c - run the program's finalisers: .fini_array backwards, then the
 * legacy .fini section. */
#include <stddef.h>
#include "libc_private.h"

extern void (*__fini_array_start[])(void) __attribute__((weak));
extern void (*__fini_array_end[])(void) __attribute__((weak));
extern void _fini(void);

void __libc_run_finalizers(void)
{
	for (size_t i = (size_t)(__fini_array_end - __fini_array_start); i-- > 0;)
		__fini_array_start[i]();
	_fini();
}
