/* bits/sigset.h - sigset_t, for the headers that need it whatever the
 * feature-test macros hide in <signal.h>. */
#ifndef __sigset_t_defined
#define __sigset_t_defined

typedef unsigned long sigset_t;         /* bit n-1: signal n */

#endif
