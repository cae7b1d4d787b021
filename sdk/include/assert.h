/* assert.h - diagnostics.  May be included again with NDEBUG changed, so
 * assert is redefined each time (no include guard for it). */
#include <features.h>

#undef assert
#ifdef NDEBUG
# define assert(e) ((void)0)
#else
# define assert(e) ((e) ? (void)0 : __assert_fail(#e, __FILE__, __LINE__, __func__))
#endif

#ifndef _ASSERT_H
#define _ASSERT_H
#ifdef __cplusplus
extern "C" {
#endif

#if defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L && !defined(__cplusplus)
# define static_assert _Static_assert
#endif
/* Print "PROG: FILE:LINE: FUNC: Assertion `EXPR' failed." and abort. */
void __assert_fail(const char *expr, const char *file, unsigned int line, const char *func)
	__attribute__((noreturn));

#ifdef __cplusplus
}
#endif
#endif
