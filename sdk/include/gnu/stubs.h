/* gnu/stubs.h - one "#define __stub_NAME" per function that exists only as
 * a placeholder failing with ENOSYS (reached from <features.h>, so from
 * <limits.h> and the other headers).  There are none today. */
#ifndef _GNU_STUBS_H
#define _GNU_STUBS_H
#endif
