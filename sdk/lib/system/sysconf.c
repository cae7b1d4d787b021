/* sysconf.c - sysconf, getpagesize and getdtablesize: the limits and
 * options of <unistd.h> and <limits.h> at run time.  An option exov6
 * lacks answers -1 (errno untouched), a name sysconf does not know -1
 * with EINVAL.  Memory: _SC_AVPHYS_PAGES is the kernel's count of free
 * frames; the total is not known to programs, so _SC_PHYS_PAGES is -1. */
#define _GNU_SOURCE
#include <errno.h>
#include <exov6/syscall.h>
#include <limits.h>
#include <stdio.h>
#include <sys/resource.h>
#include <unistd.h>

#define PAGE 4096

static long rlimit_cur(int resource)
{
	struct rlimit rl;
	if (getrlimit(resource, &rl) < 0 || rl.rlim_cur == RLIM_INFINITY)
		return -1;
	return (long)rl.rlim_cur;
}

long sysconf(int name)
{
	switch (name) {
	/* limits */
	case _SC_ARG_MAX: return ARG_MAX;
	case _SC_CHILD_MAX: return rlimit_cur(RLIMIT_NPROC);
	case _SC_CLK_TCK: return 100;
	case _SC_NGROUPS_MAX: return NGROUPS_MAX;
	case _SC_OPEN_MAX: return rlimit_cur(RLIMIT_NOFILE);
	case _SC_STREAM_MAX: return FOPEN_MAX;
	case _SC_TZNAME_MAX: return _POSIX_TZNAME_MAX;
	case _SC_PAGESIZE: return PAGE;
	case _SC_ATEXIT_MAX: return ATEXIT_MAX;
	case _SC_IOV_MAX: return IOV_MAX;
	case _SC_LINE_MAX: return LINE_MAX;
	case _SC_RE_DUP_MAX: return RE_DUP_MAX;
	case _SC_EXPR_NEST_MAX: return EXPR_NEST_MAX;
	case _SC_BC_BASE_MAX: return BC_BASE_MAX;
	case _SC_BC_DIM_MAX: return BC_DIM_MAX;
	case _SC_BC_SCALE_MAX: return BC_SCALE_MAX;
	case _SC_BC_STRING_MAX: return BC_STRING_MAX;
	case _SC_COLL_WEIGHTS_MAX: return COLL_WEIGHTS_MAX;
	case _SC_CHARCLASS_NAME_MAX: return CHARCLASS_NAME_MAX;
	case _SC_HOST_NAME_MAX: return HOST_NAME_MAX;
	case _SC_LOGIN_NAME_MAX: return LOGIN_NAME_MAX;
	case _SC_TTY_NAME_MAX: return TTY_NAME_MAX;
	case _SC_SYMLOOP_MAX: return SYMLOOP_MAX;
	case _SC_GETPW_R_SIZE_MAX: return 1024;
	case _SC_GETGR_R_SIZE_MAX: return 1024;
	case _SC_NL_ARGMAX: return NL_ARGMAX;
	case _SC_NL_LANGMAX: return NL_LANGMAX;
	case _SC_NL_MSGMAX: return NL_MSGMAX;
	case _SC_NL_NMAX: return NL_NMAX;
	case _SC_NL_SETMAX: return NL_SETMAX;
	case _SC_NL_TEXTMAX: return NL_TEXTMAX;
	case _SC_NZERO: return NZERO;
	/* the C types (XSI) */
	case _SC_CHAR_BIT: return CHAR_BIT;
	case _SC_CHAR_MAX: return CHAR_MAX;
	case _SC_CHAR_MIN: return CHAR_MIN;
	case _SC_INT_MAX: return INT_MAX;
	case _SC_INT_MIN: return INT_MIN;
	case _SC_LONG_BIT: return LONG_BIT;
	case _SC_WORD_BIT: return WORD_BIT;
	case _SC_MB_LEN_MAX: return MB_LEN_MAX;
	case _SC_SSIZE_MAX: return SSIZE_MAX;
	case _SC_SCHAR_MAX: return SCHAR_MAX;
	case _SC_SCHAR_MIN: return SCHAR_MIN;
	case _SC_SHRT_MAX: return SHRT_MAX;
	case _SC_SHRT_MIN: return SHRT_MIN;
	case _SC_UCHAR_MAX: return UCHAR_MAX;
	case _SC_UINT_MAX: return (long)UINT_MAX;
	case _SC_ULONG_MAX: return -1;  /* (long)ULONG_MAX, as glibc */
	case _SC_USHRT_MAX: return USHRT_MAX;
	/* the machine */
	case _SC_NPROCESSORS_CONF:
	case _SC_NPROCESSORS_ONLN: return 1;
	case _SC_PHYS_PAGES: return -1;
	case _SC_AVPHYS_PAGES: return exov6_sys_mem_free_pages();
	/* options exov6 has */
	case _SC_VERSION: return _POSIX_VERSION;
	case _SC_2_C_BIND: return _POSIX2_C_BIND;
	case _SC_SAVED_IDS: return _POSIX_SAVED_IDS;
	case _SC_JOB_CONTROL: return _POSIX_JOB_CONTROL;
	case _SC_REGEXP: return _POSIX_REGEXP;
	case _SC_FSYNC: return _POSIX_FSYNC;
	case _SC_MEMORY_PROTECTION: return _POSIX_MEMORY_PROTECTION;
	case _SC_MONOTONIC_CLOCK: return _POSIX_MONOTONIC_CLOCK;
	case _SC_V7_LP64_OFF64: return _POSIX_V7_LP64_OFF64;
	case _SC_V6_LP64_OFF64: return _POSIX_V6_LP64_OFF64;
	case _SC_XBS5_LP64_OFF64: return _XBS5_LP64_OFF64;
	}
	/* Every other name glibc knows is an option (or limit) exov6 lacks. */
	if ((name >= 0 && name <= _SC_LEVEL4_CACHE_LINESIZE) ||
	    (name >= _SC_IPV6 && name <= _SC_SIGSTKSZ))
		return -1;
	errno = EINVAL;
	return -1;
}

int getpagesize(void)
{
	return PAGE;
}

int getdtablesize(void)
{
	long n = rlimit_cur(RLIMIT_NOFILE);
	return n < 0 ? INT_MAX : (int)n;
}
