/* longjmp.c - the C half of setjmp.S: recording the signal mask for
 * sigsetjmp, and the longjmp variants (all alike: they restore the mask
 * when sigsetjmp recorded it, then resume the registers). */
#include <setjmp.h>
#include <signal.h>

int __jmp_save_mask(jmp_buf env);
void __jmp_resume(const long regs[8], int val) __attribute__((noreturn));

int __jmp_save_mask(jmp_buf env)
{
	sigprocmask(SIG_BLOCK, NULL, &env->__saved_mask);
	return 0;
}

void siglongjmp(sigjmp_buf env, int val)
{
	if (env->__mask_was_saved)
		sigprocmask(SIG_SETMASK, &env->__saved_mask, NULL);
	__jmp_resume(env->__jmpbuf, val ? val : 1);
}

void longjmp(jmp_buf env, int val) __attribute__((alias("siglongjmp")));
void _longjmp(jmp_buf env, int val) __attribute__((alias("siglongjmp")));
