# host/text.mk - the host-side tester of the text functions (locale, wide
# characters, fnmatch, regex) against glibc: exov6.host/texttest.exp.
TEXT_HOSTLIB_SRCS = $(LIBSRC)/locale/locale.c $(LIBSRC)/locale/langinfo.c $(LIBSRC)/wchar/mbconv.c \
	$(LIBSRC)/wchar/wcstring.c $(LIBSRC)/wchar/wctype.c $(LIBSRC)/fnmatch/fnmatch.c \
	$(LIBSRC)/regex/regex.c \
	$(LIBSRC)/ctype/ctype.c $(LIBSRC)/unistd/errno.c $(LIBSRC)/string/memcpy.c \
	$(LIBSRC)/string/memset.c $(LIBSRC)/string/strchr.c $(LIBSRC)/string/strcmp.c \
	$(LIBSRC)/string/strlen.c
check_DATA += host/texttest
CLEANFILES += host/texttest host/xtext.o
EXTRA_DIST += exov6.libc

host/xtext.o: $(TEXT_HOSTLIB_SRCS)
	$(AM_V_GEN)$(XOBJECTS) $@ $(TEXT_HOSTLIB_SRCS)

host/texttest: $(srcdir)/host/texttest.c host/xtext.o
	$(AM_V_CCLD)$(HOST_CC) -O2 -Wall -Wextra -Werror -no-pie -o $@ $(srcdir)/host/texttest.c host/xtext.o
