/* resource.c - getrlimit/setrlimit over a per-process table of fixed
 * limits (see <sys/resource.h>), and getrusage. */
#include <errno.h>
#include <sys/resource.h>
#include <time.h>

static struct rlimit limits[RLIMIT_NLIMITS] = {
	[RLIMIT_CPU] = { RLIM_INFINITY, RLIM_INFINITY },
	[RLIMIT_FSIZE] = { RLIM_INFINITY, RLIM_INFINITY },
	[RLIMIT_DATA] = { RLIM_INFINITY, RLIM_INFINITY },
	[RLIMIT_STACK] = { 1ul << 20, 1ul << 20 },
	[RLIMIT_CORE] = { 0, 0 },
	[RLIMIT_RSS] = { RLIM_INFINITY, RLIM_INFINITY },
	[RLIMIT_NPROC] = { RLIM_INFINITY, RLIM_INFINITY },
	[RLIMIT_NOFILE] = { 128, 128 },
	[RLIMIT_MEMLOCK] = { RLIM_INFINITY, RLIM_INFINITY },
	[RLIMIT_AS] = { RLIM_INFINITY, RLIM_INFINITY },
	[RLIMIT_LOCKS] = { RLIM_INFINITY, RLIM_INFINITY },
	[RLIMIT_SIGPENDING] = { 64, 64 },
	[RLIMIT_MSGQUEUE] = { RLIM_INFINITY, RLIM_INFINITY },
	[RLIMIT_NICE] = { 0, 0 },
	[RLIMIT_RTPRIO] = { 0, 0 },
	[RLIMIT_RTTIME] = { RLIM_INFINITY, RLIM_INFINITY },
};

static int valid(int resource)
{
	if (resource < 0 || resource >= RLIMIT_NLIMITS) {
		errno = EINVAL;
		return 0;
	}
	return 1;
}

int getrlimit(int resource, struct rlimit *rl)
{
	if (!valid(resource))
		return -1;
	*rl = limits[resource];
	return 0;
}

/* Within the hard limit only: nothing may raise one. */
int setrlimit(int resource, const struct rlimit *rl)
{
	if (!valid(resource))
		return -1;
	if (rl->rlim_cur > rl->rlim_max) {
		errno = EINVAL;
		return -1;
	}
	if (rl->rlim_max > limits[resource].rlim_max) {
		errno = EPERM;
		return -1;
	}
	limits[resource] = *rl;
	return 0;
}

int getrusage(int who, struct rusage *usage)
{
	if (who != RUSAGE_SELF && who != RUSAGE_CHILDREN) {
		errno = EINVAL;
		return -1;
	}
	*usage = (struct rusage){ .ru_maxrss = 0 };
	if (who == RUSAGE_SELF) {
		clock_t c = clock();
		usage->ru_utime.tv_sec = c / CLOCKS_PER_SEC;
		usage->ru_utime.tv_usec = c % CLOCKS_PER_SEC;
	}
	return 0;
}
