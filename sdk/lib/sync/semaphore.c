/* semaphore.c - POSIX unnamed semaphores over futexes: the count is the
 * futex word; a waiter sleeps while it is 0 and a post wakes one.  The
 * kernel keys futexes by physical address, so a semaphore in shared
 * memory synchronises processes (pshared) with no extra work.  A handler
 * ends a wait with EINTR whatever SA_RESTART says (POSIX: sem_wait returns
 * when interrupted; glibc's restarts under SA_RESTART); a signal that runs
 * no handler does not. */
#include <errno.h>
#include <exov6/syscall.h>
#include <semaphore.h>
#include <time.h>
#include "../signal/signal_private.h"

int sem_init(sem_t *sem, int pshared, unsigned value)
{
	if (value > SEM_VALUE_MAX) {
		errno = EINVAL;
		return -1;
	}
	sem->__value = value;
	sem->__pshared = pshared;
	return 0;
}

int sem_destroy(sem_t *sem)
{
	(void)sem;
	return 0;
}

int sem_trywait(sem_t *sem)
{
	unsigned v = sem->__value;
	while (v > 0)
		if (__atomic_compare_exchange_n(&sem->__value, &v, v - 1, 0, __ATOMIC_ACQUIRE,
						__ATOMIC_RELAXED))
			return 0;
	errno = EAGAIN;
	return -1;
}

/* Wait for a unit; abstime (CLOCK_REALTIME) may be NULL for no limit.  As
 * POSIX allows, the limit is checked only when the call must wait. */
static int wait_until(sem_t *sem, const struct timespec *abstime)
{
	if (sem_trywait(sem) == 0)
		return 0;
	if (abstime && (abstime->tv_nsec < 0 || abstime->tv_nsec >= 1000000000)) {
		errno = EINVAL;
		return -1;
	}
	struct __libos_sigmark m = __libos_restart_begin();
	while (sem_trywait(sem)) {
		unsigned long ns = 0;
		if (abstime) {
			struct timespec now;
			clock_gettime(CLOCK_REALTIME, &now);
			long left = (abstime->tv_sec - now.tv_sec) * 1000000000l + abstime->tv_nsec - now.tv_nsec;
			if (left <= 0) {
				errno = ETIMEDOUT;
				return -1;
			}
			ns = (unsigned long)left;
		}
		long r = exov6_sys_futex_wait(&sem->__value, 0, ns);
		if (r == -EINTR && __libos_handled(m)) {
			errno = EINTR;
			return -1;
		}
	}
	return 0;
}

int sem_wait(sem_t *sem)
{
	return wait_until(sem, 0);
}

int sem_timedwait(sem_t *restrict sem, const struct timespec *restrict abstime)
{
	return wait_until(sem, abstime);
}

int sem_post(sem_t *sem)
{
	unsigned v = sem->__value;
	do {
		if (v == SEM_VALUE_MAX) {
			errno = EOVERFLOW;
			return -1;
		}
	} while (!__atomic_compare_exchange_n(&sem->__value, &v, v + 1, 0, __ATOMIC_RELEASE,
					      __ATOMIC_RELAXED));
	exov6_sys_futex_wake(&sem->__value, 1);
	return 0;
}

int sem_getvalue(sem_t *restrict sem, int *restrict value)
{
	*value = (int)sem->__value;
	return 0;
}
