# host/math.mk - the math library against glibc on the host
# (exov6.host/mathtest.exp): our math objects, renamed x_, in mathtest.
MATH_SRCS = $(LIBSRC)/unistd/errno.c \
	$(LIBSRC)/math/abs.c $(LIBSRC)/math/atrig.c $(LIBSRC)/math/cbrt.c $(LIBSRC)/math/erf.c \
	$(LIBSRC)/math/exp.c $(LIBSRC)/math/fenv.c $(LIBSRC)/math/fma.c $(LIBSRC)/math/fmod.c \
	$(LIBSRC)/math/gamma.c $(LIBSRC)/math/hyperbolic.c $(LIBSRC)/math/hypot.c \
	$(LIBSRC)/math/log.c $(LIBSRC)/math/minmax.c $(LIBSRC)/math/next.c $(LIBSRC)/math/pow.c \
	$(LIBSRC)/math/rem_pio2.c $(LIBSRC)/math/rint.c $(LIBSRC)/math/round.c \
	$(LIBSRC)/math/scale.c $(LIBSRC)/math/sqrt.c $(LIBSRC)/math/trig.c
check_DATA += host/mathtest

host/xmath.o: $(MATH_SRCS) $(LIBSRC)/math/math_private.h
	$(AM_V_GEN)$(XOBJECTS) $@ $(MATH_SRCS)

host/mathtest: $(srcdir)/host/mathtest.c host/xmath.o
	$(AM_V_CCLD)$(HOST_CC) -O2 -Wall -Wextra -Werror -std=gnu11 -no-pie -o $@ \
		$(srcdir)/host/mathtest.c host/xmath.o -lm
