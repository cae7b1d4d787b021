# progs/math.mk - the math library inside exov6 (exov6.libc/math.exp).
check_PROGRAMS += progs/mathcheck
# Call the library, not GCC's inline expansions (which assume the default
# rounding mode).
progs_mathcheck_CFLAGS = $(AM_CFLAGS) -fno-builtin -frounding-math
