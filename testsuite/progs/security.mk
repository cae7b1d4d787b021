# progs/security.mk - hostile programs against the kernel's checks
# (exov6.security/): bad ranges, module frames, remapping during a wait,
# signals to the servers, a fork bomb.  Included last in Makefile.am, after
# EXTRA_DIST and CLEANFILES are set.
check_PROGRAMS += progs/hostile
EXTRA_DIST += exov6.security
CLEANFILES += hostile-mod
