/* features.h - feature-test macros, as glibc reads them: _POSIX_C_SOURCE,
 * _XOPEN_SOURCE (500 and up: the X/Open extensions, __USE_XOPEN_EXTENDED),
 * _GNU_SOURCE and _DEFAULT_SOURCE (on unless a strict
 * standard mode such as -std=c99 or an explicit feature macro is asked
 * for) select the __USE_* macros the other headers test. */
#ifndef _FEATURES_H
#define _FEATURES_H

#ifdef _GNU_SOURCE
# undef _DEFAULT_SOURCE
# define _DEFAULT_SOURCE 1
# undef _POSIX_C_SOURCE
# define _POSIX_C_SOURCE 200809L
# undef _XOPEN_SOURCE
# define _XOPEN_SOURCE 700
# define __USE_GNU 1
#endif

#if !defined(_DEFAULT_SOURCE) && !defined(__STRICT_ANSI__) && \
	!defined(_ISOC99_SOURCE) && !defined(_ISOC11_SOURCE) && \
	!defined(_POSIX_SOURCE) && !defined(_POSIX_C_SOURCE) && \
	!defined(_XOPEN_SOURCE)
# define _DEFAULT_SOURCE 1
#endif

#ifdef _DEFAULT_SOURCE
# define __USE_MISC 1
# if !defined(_POSIX_C_SOURCE) || _POSIX_C_SOURCE < 200809L
#  undef _POSIX_C_SOURCE
#  define _POSIX_C_SOURCE 200809L
# endif
#endif

#ifdef _XOPEN_SOURCE
# define __USE_XOPEN 1
# if (_XOPEN_SOURCE - 0) >= 500 || defined(_XOPEN_SOURCE_EXTENDED)
#  define __USE_XOPEN_EXTENDED 1
# endif
# if (_XOPEN_SOURCE - 0) >= 700
#  if !defined(_POSIX_C_SOURCE) || (_POSIX_C_SOURCE - 0) < 200809L
#   undef _POSIX_C_SOURCE
#   define _POSIX_C_SOURCE 200809L
#  endif
# elif (_XOPEN_SOURCE - 0) >= 600
#  if !defined(_POSIX_C_SOURCE) || (_POSIX_C_SOURCE - 0) < 200112L
#   undef _POSIX_C_SOURCE
#   define _POSIX_C_SOURCE 200112L
#  endif
# elif !defined(_POSIX_C_SOURCE) || (_POSIX_C_SOURCE - 0) < 199506L
#  undef _POSIX_C_SOURCE
#  define _POSIX_C_SOURCE 199506L
# endif
#endif

#if defined(_POSIX_SOURCE) && !defined(_POSIX_C_SOURCE)
# define _POSIX_C_SOURCE 1
#endif

#if defined(_POSIX_C_SOURCE) && (_POSIX_C_SOURCE - 0) >= 1
# define __USE_POSIX 1
#endif
#if defined(_POSIX_C_SOURCE) && (_POSIX_C_SOURCE - 0) >= 2
# define __USE_POSIX2 1
#endif
#if defined(_POSIX_C_SOURCE) && (_POSIX_C_SOURCE - 0) >= 199309L
# define __USE_POSIX199309 1
#endif
#if defined(_POSIX_C_SOURCE) && (_POSIX_C_SOURCE - 0) >= 199506L
# define __USE_POSIX199506 1
#endif
#if defined(_POSIX_C_SOURCE) && (_POSIX_C_SOURCE - 0) >= 200112L
# define __USE_XOPEN2K 1
#endif
#if defined(_POSIX_C_SOURCE) && (_POSIX_C_SOURCE - 0) >= 200809L
# define __USE_XOPEN2K8 1
#endif
#if defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L
# define __USE_ISOC11 1
#endif

/* glibc's declaration helpers (__BEGIN_DECLS, __THROW, ...), which
 * ported code expects after any standard header. */
#include <sys/cdefs.h>

/* Functions present only as placeholders failing with ENOSYS. */
#include <gnu/stubs.h>

#endif
