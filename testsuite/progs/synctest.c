/* synctest.c - semaphores (within a process, across fork through shared
 * memory, time limits, bad input), assert (the failure message and
 * SIGABRT; NDEBUG switching it off on a second inclusion) and the
 * <inttypes.h> formats and functions. */
#include <errno.h>
#include <inttypes.h>
#include <semaphore.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <assert.h>

static int failures;

static void check(int ok, const char *what)
{
	printf("%s %s\n", ok ? "ok" : "FAIL", what);
	failures += !ok;
}

static long ms_since(const struct timespec *a)
{
	struct timespec b;
	clock_gettime(CLOCK_MONOTONIC, &b);
	return (b.tv_sec - a->tv_sec) * 1000 + (b.tv_nsec - a->tv_nsec) / 1000000;
}

static void semaphores(void)
{
	sem_t s;
	int v = -1;
	check(sem_init(&s, 0, 0) == 0, "sem_init");
	check(sem_trywait(&s) == -1 && errno == EAGAIN, "sem_trywait at 0: EAGAIN");
	check(sem_post(&s) == 0 && sem_getvalue(&s, &v) == 0 && v == 1, "sem_post counts up");
	check(sem_trywait(&s) == 0 && sem_getvalue(&s, &v) == 0 && v == 0, "sem_trywait takes it");
	check(sem_init(&s, 0, (unsigned)SEM_VALUE_MAX + 1) == -1 && errno == EINVAL, "a value over SEM_VALUE_MAX: EINVAL");
	sem_init(&s, 0, 0);
	struct timespec start, limit;
	clock_gettime(CLOCK_MONOTONIC, &start);
	clock_gettime(CLOCK_REALTIME, &limit);
	limit.tv_nsec += 60000000;
	if (limit.tv_nsec >= 1000000000) {
		limit.tv_sec++;
		limit.tv_nsec -= 1000000000;
	}
	int r = sem_timedwait(&s, &limit);
	long ms = ms_since(&start);
	check(r == -1 && errno == ETIMEDOUT && ms >= 50, "sem_timedwait times out after its limit");
	limit.tv_nsec = 2000000000;
	check(sem_timedwait(&s, &limit) == -1 && errno == EINVAL, "sem_timedwait with a bad limit: EINVAL");
	sem_post(&s);
	check(sem_timedwait(&s, &limit) == 0, "sem_timedwait takes an available unit at once");

	/* Two processes play ping-pong through semaphores in shared memory. */
	sem_t *pair = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	sem_init(&pair[0], 1, 0);
	sem_init(&pair[1], 1, 0);
	int *count = (int *)&pair[2];
	*count = 0;
	pid_t pid = fork();
	if (pid == 0) {
		for (int i = 0; i < 1000; i++) {
			sem_wait(&pair[0]);
			++*count;
			sem_post(&pair[1]);
		}
		_exit(0);
	}
	int ok = 1;
	for (int i = 0; i < 1000 && ok; i++) {
		sem_post(&pair[0]);
		sem_wait(&pair[1]);
		ok = *count == i + 1;
	}
	int status;
	waitpid(pid, &status, 0);
	check(ok && WIFEXITED(status) && WEXITSTATUS(status) == 0, "1000 round trips between processes through shared semaphores");
}

static void asserts(void)
{
	pid_t pid = fork();
	if (pid == 0) {
		int two = 2;
		assert(1 + 1 == two);
		assert(1 + 1 == 3);
		_exit(0);
	}
	int status;
	waitpid(pid, &status, 0);
	check(WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT, "a failed assert aborts");
#define NDEBUG
#include <assert.h>
	assert(0);
	check(1, "with NDEBUG, assert does nothing");
#undef NDEBUG
#include <assert.h>
}

static void inttypes(void)
{
	char buf[64];
	snprintf(buf, sizeof buf, "%" PRId64 " %" PRIx32 " %" PRIuMAX " %" PRIXPTR, (int64_t)-5,
		 (uint32_t)255, (uintmax_t)18446744073709551615u, (uintptr_t)0xabc);
	check(!strcmp(buf, "-5 ff 18446744073709551615 ABC"), "PRI macros");
	int64_t a;
	uint8_t b;
	check(sscanf("-42 200", "%" SCNd64 " %" SCNu8, &a, &b) == 2 && a == -42 && b == 200, "SCN macros");
	char *end;
	check(strtoimax("-9223372036854775808x", &end, 10) == INTMAX_MIN && *end == 'x', "strtoimax");
	check(strtoumax("ff", 0, 16) == 255, "strtoumax");
	imaxdiv_t d = imaxdiv(-7, 2);
	check(d.quot == -3 && d.rem == -1 && imaxabs(-9) == 9, "imaxdiv and imaxabs");
}

int main(void)
{
	semaphores();
	asserts();
	inttypes();
	printf("done: %d failures\n", failures);
	return failures != 0;
}
