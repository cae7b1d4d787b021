# lib/signal/local.mk - signals: delivery and handlers, masks, waiting for
# signals, the alternate stack, the old BSD and System V calls, names and
# descriptions, the state exec and spawn pass on, job control at the
# terminal (included by sdk/Makefile.am).
lib_libc_a_SOURCES += \
	lib/signal/altstack.c lib/signal/dispatch.c lib/signal/jobctl.c lib/signal/kill.c \
	lib/signal/psignal.c lib/signal/sigaction.c lib/signal/sigcompat.c lib/signal/sigdescr.c \
	lib/signal/signal_private.h \
	lib/signal/sigpass.c lib/signal/sigprocmask.c lib/signal/sigset.c \
	lib/signal/sigsuspend.c lib/signal/sigwait.c
