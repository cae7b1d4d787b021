/* sched.h - scheduling: sched_yield gives up the processor. */
#ifndef _SCHED_H
#define _SCHED_H

#include <features.h>
#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

int sched_yield(void);

#ifdef __cplusplus
}
#endif
#endif
