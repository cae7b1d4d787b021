# host/porting.mk - the host-side differential tester of the functions
# ported packages need (exov6.host/porttest.exp): pseudo-random numbers,
# strverscmp, collation and the string additions, renamed x_ and linked
# against glibc.
PORTLIB_SRCS = $(LIBSRC)/stdlib/rand.c $(LIBSRC)/stdlib/random.c $(LIBSRC)/stdlib/rand48.c \
	$(LIBSRC)/string/strverscmp.c $(LIBSRC)/string/strcoll.c $(LIBSRC)/wchar/wcscoll.c \
	$(LIBSRC)/string/stpcpy.c $(LIBSRC)/string/stpncpy.c $(LIBSRC)/string/mempcpy.c \
	$(LIBSRC)/string/memrchr.c $(LIBSRC)/string/rawmemchr.c $(LIBSRC)/string/strchrnul.c \
	$(LIBSRC)/string/strsep.c $(LIBSRC)/string/strsignal.c \
	$(LIBSRC)/unistd/errno.c $(LIBSRC)/string/memcpy.c $(LIBSRC)/string/memset.c \
	$(LIBSRC)/string/strlen.c $(LIBSRC)/string/strnlen.c $(LIBSRC)/string/strcmp.c \
	$(LIBSRC)/string/strcpy.c $(LIBSRC)/string/strcspn.c $(LIBSRC)/wchar/wcstring.c \
	$(LIBSRC)/string/strchr.c $(LIBSRC)/string/memchr.c
check_DATA += host/porttest
CLEANFILES += host/porttest host/xport.o

host/xport.o: $(PORTLIB_SRCS)
	$(AM_V_GEN)$(XOBJECTS) $@ $(PORTLIB_SRCS)

host/porttest: $(srcdir)/host/porttest.c host/xport.o
	$(AM_V_CCLD)$(HOST_CC) -O2 -Wall -Wextra -Werror -no-pie -o $@ $(srcdir)/host/porttest.c host/xport.o
