/* sys/cdefs.h - glibc's helper macros for declarations, which ported
 * headers and sources use: __BEGIN_DECLS/__END_DECLS, __THROW, __P,
 * __CONCAT, __STRING, the __attribute_*__ spellings, __nonnull, __wur,
 * __glibc_likely, __GNUC_PREREQ and the like.  With a compiler that is
 * not GCC-compatible (TCC) the attributes expand to nothing. */
#ifndef _SYS_CDEFS_H
#define _SYS_CDEFS_H

#ifdef __cplusplus
# define __BEGIN_DECLS extern "C" {
# define __END_DECLS }
# define __THROW throw ()
#else
# define __BEGIN_DECLS
# define __END_DECLS
# define __THROW
#endif
#define __THROWNL __THROW
#define __NTH(fct) fct __THROW
#define __NTHNL(fct) fct __THROW

#define __P(args) args
#define __PMT(args) args
#define __CONCAT(x, y) x ## y
#define __STRING(x) #x
#define __ptr_t void *

#if defined(__GNUC__) && defined(__GNUC_MINOR__)
# define __GNUC_PREREQ(maj, min) ((__GNUC__ << 16) + __GNUC_MINOR__ >= ((maj) << 16) + (min))
#else
# define __GNUC_PREREQ(maj, min) 0
#endif
#define __glibc_clang_prereq(maj, min) 0

#ifdef __has_attribute
# define __glibc_has_attribute(attr) __has_attribute(attr)
#else
# define __glibc_has_attribute(attr) 0
#endif
#ifdef __has_builtin
# define __glibc_has_builtin(name) __has_builtin(name)
#else
# define __glibc_has_builtin(name) 0
#endif

#ifdef __GNUC__
# define __attribute_malloc__ __attribute__((__malloc__))
# define __attribute_pure__ __attribute__((__pure__))
# define __attribute_const__ __attribute__((__const__))
# define __attribute_used__ __attribute__((__used__))
# define __attribute_noinline__ __attribute__((__noinline__))
# define __attribute_deprecated__ __attribute__((__deprecated__))
# define __attribute_deprecated_msg__(msg) __attribute__((__deprecated__(msg)))
# define __attribute_format_arg__(x) __attribute__((__format_arg__(x)))
# define __attribute_format_strfmon__(a, b) __attribute__((__format__(__strfmon__, a, b)))
# define __attribute_alloc_size__(params) __attribute__((__alloc_size__ params))
# define __attribute_warn_unused_result__ __attribute__((__warn_unused_result__))
# define __attribute_maybe_unused__ __attribute__((__unused__))
# define __attribute_nonstring__ __attribute__((__nonstring__))
# define __nonnull(params) __attribute__((__nonnull__ params))
# define __returns_nonnull __attribute__((__returns_nonnull__))
# define __always_inline __inline __attribute__((__always_inline__))
# define __attribute_artificial__ __attribute__((__artificial__))
# define __extern_inline extern __inline __attribute__((__gnu_inline__))
# define __extern_always_inline extern __always_inline __attribute__((__gnu_inline__))
# define __glibc_unlikely(cond) __builtin_expect((cond), 0)
# define __glibc_likely(cond) __builtin_expect((cond), 1)
# define __errordecl(name, msg) extern void name(void) __attribute__((__error__(msg)))
# define __warndecl(name, msg) extern void name(void) __attribute__((__warning__(msg)))
#else
# define __attribute_malloc__
# define __attribute_pure__
# define __attribute_const__
# define __attribute_used__
# define __attribute_noinline__
# define __attribute_deprecated__
# define __attribute_deprecated_msg__(msg)
# define __attribute_format_arg__(x)
# define __attribute_format_strfmon__(a, b)
# define __attribute_alloc_size__(params)
# define __attribute_warn_unused_result__
# define __attribute_maybe_unused__
# define __attribute_nonstring__
# define __nonnull(params)
# define __returns_nonnull
# define __always_inline __inline
# define __attribute_artificial__
# define __extern_inline extern __inline
# define __extern_always_inline extern __inline
# define __glibc_unlikely(cond) (cond)
# define __glibc_likely(cond) (cond)
# define __errordecl(name, msg) extern void name(void)
# define __warndecl(name, msg) extern void name(void)
#endif
#define __wur __attribute_warn_unused_result__
#define __fortify_function __extern_always_inline __attribute_artificial__

#define __restrict_arr __restrict
#define __flexarr []
#define __glibc_c99_flexarr_available 1
#ifdef __USER_LABEL_PREFIX__
# define __ASMNAME(cname) __ASMNAME2(__USER_LABEL_PREFIX__, cname)
# define __ASMNAME2(prefix, cname) __STRING(prefix) cname
#else
# define __ASMNAME(cname) cname
#endif
/* TCC predefines its own __REDIRECT and __REDIRECT_NTH. */
#ifndef __REDIRECT
# define __REDIRECT(name, proto, alias) name proto __asm__(__ASMNAME(#alias))
#endif
#ifndef __REDIRECT_NTH
# define __REDIRECT_NTH(name, proto, alias) name proto __THROW __asm__(__ASMNAME(#alias))
#endif
#define __REDIRECT_NTHNL(name, proto, alias) name proto __THROWNL __asm__(__ASMNAME(#alias))

#endif
