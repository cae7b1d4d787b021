/* fenv.c - the floating-point environment over both units: every call
 * changes the x87 control/status words and MXCSR together. */
#include <fenv.h>

static unsigned get_mxcsr(void)
{
	unsigned m;
	__asm__ volatile("stmxcsr %0" : "=m"(m));
	return m;
}

static void set_mxcsr(unsigned m)
{
	__asm__ volatile("ldmxcsr %0" : : "m"(m));
}

int feclearexcept(int excepts)
{
	fenv_t env;
	excepts &= FE_ALL_EXCEPT;
	__asm__ volatile("fnstenv %0" : "=m"(env));
	env.__status_word &= ~excepts;
	__asm__ volatile("fldenv %0" : : "m"(env));
	set_mxcsr(get_mxcsr() & ~excepts);
	return 0;
}

int fegetexceptflag(fexcept_t *flagp, int excepts)
{
	*flagp = fetestexcept(excepts);
	return 0;
}

/* Raise each exception by an operation that signals it, so enabled traps
 * are taken as for a real operation. */
int feraiseexcept(int excepts)
{
	volatile double zero = 0.0, one = 1.0, big = 0x1p1000, tiny = 0x1p-1000;
	volatile double r;
	if (excepts & FE_INVALID)
		r = zero / zero;
	if (excepts & FE_DIVBYZERO)
		r = one / zero;
	if (excepts & FE_OVERFLOW)
		r = big * big;
	if (excepts & FE_UNDERFLOW)
		r = tiny * tiny;
	if (excepts & FE_INEXACT)
		r = one + tiny;
	(void)r;
	return 0;
}

int fesetexceptflag(const fexcept_t *flagp, int excepts)
{
	excepts &= FE_ALL_EXCEPT;
	fenv_t env;
	__asm__ volatile("fnstenv %0" : "=m"(env));
	env.__status_word = (env.__status_word & ~excepts) | (*flagp & excepts);
	__asm__ volatile("fldenv %0" : : "m"(env));
	set_mxcsr((get_mxcsr() & ~excepts) | (*flagp & excepts));
	return 0;
}

int fetestexcept(int excepts)
{
	unsigned short sw;
	__asm__ volatile("fnstsw %0" : "=m"(sw));
	return (sw | get_mxcsr()) & excepts & FE_ALL_EXCEPT;
}

int fegetround(void)
{
	unsigned short cw;
	__asm__ volatile("fnstcw %0" : "=m"(cw));
	return cw & FE_TOWARDZERO;
}

int fesetround(int round)
{
	if (round & ~FE_TOWARDZERO)
		return 1;
	unsigned short cw;
	__asm__ volatile("fnstcw %0" : "=m"(cw));
	cw = (cw & ~FE_TOWARDZERO) | round;
	__asm__ volatile("fldcw %0" : : "m"(cw));
	set_mxcsr((get_mxcsr() & ~(FE_TOWARDZERO << 3)) | (round << 3));
	return 0;
}

int fegetenv(fenv_t *envp)
{
	__asm__ volatile("fnstenv %0" : "=m"(*envp));
	/* fnstenv masks all x87 exceptions: put the caller's masks back. */
	__asm__ volatile("fldenv %0" : : "m"(*envp));
	envp->__mxcsr = get_mxcsr();
	return 0;
}

int fesetenv(const fenv_t *envp)
{
	fenv_t env;
	__asm__ volatile("fnstenv %0" : "=m"(env));
	if (envp == FE_DFL_ENV) {
		env.__control_word = 0x37f;  /* all masked, extended, nearest */
		env.__status_word &= ~0x38ff;  /* flags, stack top, summaries */
		set_mxcsr(0x1f80);
	} else {
		env.__control_word = envp->__control_word;
		env.__status_word = envp->__status_word;
		set_mxcsr(envp->__mxcsr);
	}
	__asm__ volatile("fldenv %0" : : "m"(env));
	return 0;
}

int feholdexcept(fenv_t *envp)
{
	fegetenv(envp);
	fenv_t env = *envp;
	env.__control_word |= FE_ALL_EXCEPT;
	env.__status_word &= ~FE_ALL_EXCEPT;
	env.__mxcsr = (env.__mxcsr | (FE_ALL_EXCEPT << 7)) & ~FE_ALL_EXCEPT;
	fesetenv(&env);
	return 0;
}

int feupdateenv(const fenv_t *envp)
{
	int raised = fetestexcept(FE_ALL_EXCEPT);
	fesetenv(envp);
	feraiseexcept(raised);
	return 0;
}
