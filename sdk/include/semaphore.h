/* semaphore.h - POSIX unnamed semaphores.  A semaphore in memory that
 * processes share (MAP_SHARED, or a fork'd copy of such) works across
 * them: waiting uses futexes keyed by physical address. */
#ifndef _SEMAPHORE_H
#define _SEMAPHORE_H

#include <features.h>
#include <bits/timespec.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
	volatile unsigned __value;
	int __pshared;
} sem_t;

#define SEM_FAILED ((sem_t *)0)
#define SEM_VALUE_MAX 0x7fffffff

int sem_init(sem_t *sem, int pshared, unsigned value);
int sem_destroy(sem_t *sem);
int sem_wait(sem_t *sem);
int sem_trywait(sem_t *sem);
int sem_timedwait(sem_t *__restrict sem, const struct timespec *__restrict abstime);
int sem_post(sem_t *sem);
int sem_getvalue(sem_t *__restrict sem, int *__restrict value);

#ifdef __cplusplus
}
#endif
#endif
