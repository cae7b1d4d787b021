/* sys/un.h - AF_UNIX socket addresses. */
#ifndef _SYS_UN_H
#define _SYS_UN_H

#include <sys/socket.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

struct sockaddr_un {
	sa_family_t sun_family;
	char sun_path[108];
};

/* The length of an address holding a string path (strlen as <string.h>
 * declares it, without pulling the whole header in). */
size_t strlen(const char *s);
#define SUN_LEN(ptr) (offsetof(struct sockaddr_un, sun_path) + strlen((ptr)->sun_path))

#ifdef __cplusplus
}
#endif

#endif
