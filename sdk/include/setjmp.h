/* setjmp.h - non-local jumps.  setjmp and _setjmp leave the signal mask
 * alone; sigsetjmp(env, 1) records it, and every longjmp variant restores
 * it when it was recorded (as glibc does). */
#ifndef _SETJMP_H
#define _SETJMP_H

#include <features.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct __jmp_buf_tag {
	long __jmpbuf[8];               /* rbx rbp r12 r13 r14 r15 rsp rip */
	int __mask_was_saved;
	unsigned long __saved_mask;
} jmp_buf[1];

int setjmp(jmp_buf env) __attribute__((returns_twice));
void longjmp(jmp_buf env, int val) __attribute__((noreturn));

#if defined(__USE_MISC) || defined(__USE_XOPEN)
int _setjmp(jmp_buf env) __attribute__((returns_twice));
void _longjmp(jmp_buf env, int val) __attribute__((noreturn));
#endif

#ifdef __USE_POSIX
typedef jmp_buf sigjmp_buf;
int sigsetjmp(sigjmp_buf env, int savemask) __attribute__((returns_twice));
void siglongjmp(sigjmp_buf env, int val) __attribute__((noreturn));
#endif

#ifdef __cplusplus
}
#endif
#endif
