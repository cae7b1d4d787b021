/* errno.h - the error indicator and the error numbers (exov6/errno.h). */
#ifndef _ERRNO_H
#define _ERRNO_H

#include <features.h>
#include <exov6/errno.h>

#ifdef __cplusplus
extern "C" {
#endif

extern int errno;

#ifdef __USE_GNU
/* argv[0] and its last component, as the program was started. */
extern char *program_invocation_name, *program_invocation_short_name;
#endif

#ifdef __cplusplus
}
#endif
#endif
