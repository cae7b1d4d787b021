/* bits/stack_t.h - stack_t, the alternate signal stack's description,
 * for <signal.h> and <sys/ucontext.h>. */
#ifndef __stack_t_defined
#define __stack_t_defined

#include <stddef.h>

typedef struct {
	void *ss_sp;
	int ss_flags;
	size_t ss_size;
} stack_t;

#endif
