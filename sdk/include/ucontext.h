/* ucontext.h - user contexts (the type; getcontext and friends are not
 * provided). */
#ifndef _UCONTEXT_H
#define _UCONTEXT_H

#include <sys/ucontext.h>

#endif
