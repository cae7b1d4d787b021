/* ulimit.h - the old resource-limit call: the file size limit in units
 * of 512 bytes (RLIMIT_FSIZE), and the descriptor limit. */
#ifndef _ULIMIT_H
#define _ULIMIT_H

#include <features.h>

#ifdef __cplusplus
extern "C" {
#endif

#define UL_GETFSIZE 1
#define UL_SETFSIZE 2
#ifdef __USE_MISC
#define __UL_GETMAXBRK 3
#define __UL_GETOPENMAX 4
#endif

long ulimit(int cmd, ...);

#ifdef __cplusplus
}
#endif
#endif
