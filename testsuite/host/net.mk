# host/net.mk - the host-side differential tester of the address text
# conversions (exov6.host/nettest.exp): inet_pton, inet_ntop, inet_aton
# and inet_addr renamed x_ and linked against glibc.
NETLIB_SRCS = $(LIBSRC)/net/inet_pton.c $(LIBSRC)/net/inet_ntop.c $(LIBSRC)/net/inet_addr.c \
	$(LIBSRC)/net/byteorder.c $(LIBSRC)/unistd/errno.c $(LIBSRC)/string/memcpy.c \
	$(LIBSRC)/string/memmove.c $(LIBSRC)/string/memset.c $(LIBSRC)/string/strlen.c \
	$(LIBSRC)/string/strcpy.c $(LIBSRC)/stdlib/strtol.c $(LIBSRC)/ctype/ctype.c
check_DATA += host/nettest
CLEANFILES += host/nettest host/xnet.o

host/xnet.o: $(NETLIB_SRCS)
	$(AM_V_GEN)$(XOBJECTS) $@ $(NETLIB_SRCS)

host/nettest: $(srcdir)/host/nettest.c host/xnet.o
	$(AM_V_CCLD)$(HOST_CC) -O2 -Wall -Wextra -Werror -no-pie -o $@ $(srcdir)/host/nettest.c host/xnet.o
