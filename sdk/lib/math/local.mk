# lib/math/local.mk - the math library (math.h, fenv.h), in libc.a so
# programs link without -lm (included by sdk/Makefile.am).
lib_libc_a_SOURCES += \
	lib/math/abs.c lib/math/atrig.c lib/math/cbrt.c lib/math/erf.c lib/math/exp.c \
	lib/math/fenv.c lib/math/fma.c lib/math/fmod.c lib/math/gamma.c lib/math/hyperbolic.c \
	lib/math/hypot.c lib/math/log.c lib/math/math_private.h lib/math/minmax.c \
	lib/math/next.c lib/math/pow.c lib/math/rem_pio2.c lib/math/rint.c lib/math/round.c \
	lib/math/scale.c lib/math/sqrt.c lib/math/trig.c
sysrootinclude_HEADERS += include/fenv.h include/math.h
