# host/misc.mk - the host-side differential tester of calendar time and
# getopt (exov6.host/misctest.exp): the library's objects renamed x_,
# linked against glibc.
MISCLIB_SRCS = $(LIBSRC)/time/gmtime.c $(LIBSRC)/time/localtime.c \
	$(LIBSRC)/time/asctime.c $(LIBSRC)/time/strftime.c $(LIBSRC)/getopt/getopt.c \
	$(LIBSRC)/unistd/errno.c $(LIBSRC)/string/memcpy.c $(LIBSRC)/string/memset.c \
	$(LIBSRC)/string/strlen.c $(LIBSRC)/string/strcmp.c $(LIBSRC)/string/strncmp.c \
	$(LIBSRC)/string/strchr.c $(LIBSRC)/string/strcspn.c
check_DATA += host/misctest
CLEANFILES += host/misctest host/xmisc.o

host/xmisc.o: $(MISCLIB_SRCS)
	$(AM_V_GEN)$(XOBJECTS) $@ $(MISCLIB_SRCS)

host/misctest: $(srcdir)/host/misctest.c host/xmisc.o
	$(AM_V_CCLD)$(HOST_CC) -O2 -Wall -Wextra -Werror -no-pie -o $@ $(srcdir)/host/misctest.c host/xmisc.o
