# progs/signal.mk - programs of the signal tests (exov6.signal/): waiting
# for signals and the mask calls, interval timers and sleeps, the
# alternate stack, SA_RESTART.
check_PROGRAMS += progs/altstacktest progs/restarttest progs/sigwaittest progs/timertest
