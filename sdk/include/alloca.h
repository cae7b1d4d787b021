/* alloca.h - alloca: memory in the caller's stack frame, gone when it
 * returns.  GCC expands it in line; TCC has its own (libtcc1). */
#ifndef _ALLOCA_H
#define _ALLOCA_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#undef alloca
void *alloca(size_t size);
#ifdef __GNUC__
# define alloca(size) __builtin_alloca(size)
#endif

#ifdef __cplusplus
}
#endif
#endif
