# lib/net/local.mk - sockets and Internet addresses: the socket calls
# (AF_UNIX pairs; no network), address text conversions, getaddrinfo and
# the netdb lookups without a resolver (included by sdk/Makefile.am).
lib_libc_a_SOURCES += \
	lib/net/byteorder.c lib/net/getaddrinfo.c lib/net/gethostbyname.c lib/net/if.c \
	lib/net/inet_addr.c lib/net/inet_ntop.c lib/net/inet_pton.c lib/net/services.c \
	lib/net/socket.c
sysrootinclude_HEADERS += include/netdb.h
sysrootsysinclude_HEADERS += include/sys/socket.h include/sys/un.h
sysrootnetinetincludedir = $(sysrootincludedir)/netinet
sysrootnetinetinclude_HEADERS = include/netinet/in.h include/netinet/tcp.h
sysrootarpaincludedir = $(sysrootincludedir)/arpa
sysrootarpainclude_HEADERS = include/arpa/inet.h
sysrootnetincludedir = $(sysrootincludedir)/net
sysrootnetinclude_HEADERS = include/net/if.h
HEADER_FILES += $(sysrootnetinetinclude_HEADERS) $(sysrootarpainclude_HEADERS) \
	$(sysrootnetinclude_HEADERS)
