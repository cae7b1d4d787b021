/* netinet/in.h - Internet addresses, ports and protocol numbers (glibc's
 * names, Linux values), byte order conversions.  exov6 has no network:
 * these exist for programs that parse, print or store addresses. */
#ifndef _NETINET_IN_H
#define _NETINET_IN_H

#include <stdint.h>
#include <sys/socket.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef uint16_t in_port_t;
typedef uint32_t in_addr_t;

struct in_addr {
	in_addr_t s_addr;
};

struct in6_addr {
	union {
		uint8_t __u6_addr8[16];
		uint16_t __u6_addr16[8];
		uint32_t __u6_addr32[4];
	} __in6_u;
};
#define s6_addr   __in6_u.__u6_addr8
#define s6_addr16 __in6_u.__u6_addr16
#define s6_addr32 __in6_u.__u6_addr32

struct sockaddr_in {
	sa_family_t sin_family;
	in_port_t sin_port;
	struct in_addr sin_addr;
	unsigned char sin_zero[8];
};

struct sockaddr_in6 {
	sa_family_t sin6_family;
	in_port_t sin6_port;
	uint32_t sin6_flowinfo;
	struct in6_addr sin6_addr;
	uint32_t sin6_scope_id;
};

struct ip_mreq {
	struct in_addr imr_multiaddr;
	struct in_addr imr_interface;
};

struct ipv6_mreq {
	struct in6_addr ipv6mr_multiaddr;
	unsigned int ipv6mr_interface;
};

/* Protocols. */
#define IPPROTO_IP      0
#define IPPROTO_HOPOPTS 0
#define IPPROTO_ICMP    1
#define IPPROTO_IGMP    2
#define IPPROTO_IPIP    4
#define IPPROTO_TCP     6
#define IPPROTO_EGP     8
#define IPPROTO_PUP     12
#define IPPROTO_UDP     17
#define IPPROTO_IDP     22
#define IPPROTO_TP      29
#define IPPROTO_DCCP    33
#define IPPROTO_IPV6    41
#define IPPROTO_ROUTING 43
#define IPPROTO_FRAGMENT 44
#define IPPROTO_RSVP    46
#define IPPROTO_GRE     47
#define IPPROTO_ESP     50
#define IPPROTO_AH      51
#define IPPROTO_ICMPV6  58
#define IPPROTO_NONE    59
#define IPPROTO_DSTOPTS 60
#define IPPROTO_MTP     92
#define IPPROTO_ENCAP   98
#define IPPROTO_PIM     103
#define IPPROTO_COMP    108
#define IPPROTO_SCTP    132
#define IPPROTO_UDPLITE 136
#define IPPROTO_MPLS    137
#define IPPROTO_RAW     255
#define IPPROTO_MAX     256

#define IPPORT_RESERVED 1024

/* Addresses (host byte order). */
#define INADDR_ANY       ((in_addr_t)0x00000000)
#define INADDR_BROADCAST ((in_addr_t)0xffffffff)
#define INADDR_NONE      ((in_addr_t)0xffffffff)
#define INADDR_LOOPBACK  ((in_addr_t)0x7f000001)
#define INADDR_UNSPEC_GROUP    ((in_addr_t)0xe0000000)
#define INADDR_ALLHOSTS_GROUP  ((in_addr_t)0xe0000001)
#define INADDR_ALLRTRS_GROUP   ((in_addr_t)0xe0000002)
#define INADDR_MAX_LOCAL_GROUP ((in_addr_t)0xe00000ff)
#define IN_LOOPBACKNET 127

#define IN_CLASSA(a) ((((in_addr_t)(a)) & 0x80000000) == 0)
#define IN_CLASSB(a) ((((in_addr_t)(a)) & 0xc0000000) == 0x80000000)
#define IN_CLASSC(a) ((((in_addr_t)(a)) & 0xe0000000) == 0xc0000000)
#define IN_MULTICAST(a) ((((in_addr_t)(a)) & 0xf0000000) == 0xe0000000)

#define INET_ADDRSTRLEN  16
#define INET6_ADDRSTRLEN 46

extern const struct in6_addr in6addr_any;
extern const struct in6_addr in6addr_loopback;
#define IN6ADDR_ANY_INIT { { { 0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0 } } }
#define IN6ADDR_LOOPBACK_INIT { { { 0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1 } } }

/* IP level options (the common ones). */
#define IP_TOS      1
#define IP_TTL      2
#define IP_HDRINCL  3
#define IP_OPTIONS  4
#define IP_RECVOPTS 6
#define IP_PKTINFO  8
#define IP_MTU_DISCOVER 10
#define IP_RECVERR  11
#define IP_RECVTTL  12
#define IP_RECVTOS  13
#define IP_MULTICAST_IF   32
#define IP_MULTICAST_TTL  33
#define IP_MULTICAST_LOOP 34
#define IP_ADD_MEMBERSHIP 35
#define IP_DROP_MEMBERSHIP 36
#define IPV6_UNICAST_HOPS   16
#define IPV6_MULTICAST_IF   17
#define IPV6_MULTICAST_HOPS 18
#define IPV6_MULTICAST_LOOP 19
#define IPV6_JOIN_GROUP     20
#define IPV6_LEAVE_GROUP    21
#define IPV6_V6ONLY         26
#define IPV6_RECVPKTINFO    49
#define IPV6_PKTINFO        50
#define IPV6_TCLASS         67

/* Byte order: x86_64 is little-endian. */
uint32_t htonl(uint32_t x);
uint16_t htons(uint16_t x);
uint32_t ntohl(uint32_t x);
uint16_t ntohs(uint16_t x);
#if defined(__GNUC__) && defined(__OPTIMIZE__)
#define htonl(x) __builtin_bswap32(x)
#define ntohl(x) __builtin_bswap32(x)
#define htons(x) __builtin_bswap16(x)
#define ntohs(x) __builtin_bswap16(x)
#endif

/* IPv6 address classes (a points to a struct in6_addr). */
#define __IN6_W(a, i) (((const struct in6_addr *)(a))->s6_addr32[i])
#define __IN6_B(a, i) (((const struct in6_addr *)(a))->s6_addr[i])
#define IN6_IS_ADDR_UNSPECIFIED(a) \
	(__IN6_W(a, 0) == 0 && __IN6_W(a, 1) == 0 && __IN6_W(a, 2) == 0 && __IN6_W(a, 3) == 0)
#define IN6_IS_ADDR_LOOPBACK(a) \
	(__IN6_W(a, 0) == 0 && __IN6_W(a, 1) == 0 && __IN6_W(a, 2) == 0 && \
	 __IN6_W(a, 3) == 0x01000000u)
#define IN6_IS_ADDR_LINKLOCAL(a) ((__IN6_W(a, 0) & 0xc0ffu) == 0x80feu)
#define IN6_IS_ADDR_SITELOCAL(a) ((__IN6_W(a, 0) & 0xc0ffu) == 0xc0feu)
#define IN6_IS_ADDR_V4MAPPED(a) \
	(__IN6_W(a, 0) == 0 && __IN6_W(a, 1) == 0 && __IN6_W(a, 2) == 0xffff0000u)
#define IN6_IS_ADDR_V4COMPAT(a) \
	(__IN6_W(a, 0) == 0 && __IN6_W(a, 1) == 0 && __IN6_W(a, 2) == 0 && \
	 __IN6_W(a, 3) != 0 && __IN6_W(a, 3) != 0x01000000u)
#define IN6_ARE_ADDR_EQUAL(a, b) \
	(__IN6_W(a, 0) == __IN6_W(b, 0) && __IN6_W(a, 1) == __IN6_W(b, 1) && \
	 __IN6_W(a, 2) == __IN6_W(b, 2) && __IN6_W(a, 3) == __IN6_W(b, 3))
#define IN6_IS_ADDR_MULTICAST(a) (__IN6_B(a, 0) == 0xff)
#define IN6_IS_ADDR_MC_NODELOCAL(a) (IN6_IS_ADDR_MULTICAST(a) && (__IN6_B(a, 1) & 0xf) == 0x1)
#define IN6_IS_ADDR_MC_LINKLOCAL(a) (IN6_IS_ADDR_MULTICAST(a) && (__IN6_B(a, 1) & 0xf) == 0x2)
#define IN6_IS_ADDR_MC_SITELOCAL(a) (IN6_IS_ADDR_MULTICAST(a) && (__IN6_B(a, 1) & 0xf) == 0x5)
#define IN6_IS_ADDR_MC_ORGLOCAL(a) (IN6_IS_ADDR_MULTICAST(a) && (__IN6_B(a, 1) & 0xf) == 0x8)
#define IN6_IS_ADDR_MC_GLOBAL(a) (IN6_IS_ADDR_MULTICAST(a) && (__IN6_B(a, 1) & 0xf) == 0xe)

#ifdef __cplusplus
}
#endif

#endif
