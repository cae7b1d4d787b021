# progs/porting.mk - programs of the tests of what ported packages need
# from the C library (exov6.libc/abort.exp and the others named in each
# program's comment).
check_PROGRAMS += progs/aborttest
check_PROGRAMS += progs/stdioext progs/conftest progs/searchtest progs/randtest progs/strtest2 \
	progs/gnutest
