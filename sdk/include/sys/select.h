/* sys/select.h - select and fd sets. */
#ifndef _SYS_SELECT_H
#define _SYS_SELECT_H

#include <sys/time.h>

#ifdef __cplusplus
extern "C" {
#endif

#define FD_SETSIZE 256

typedef struct {
	unsigned long fds_bits[FD_SETSIZE / (8 * sizeof(unsigned long))];
} fd_set;

#define __FD_WORD(fd) ((fd) / (8 * (int)sizeof(unsigned long)))
#define __FD_BIT(fd)  (1ul << ((fd) % (8 * (int)sizeof(unsigned long))))
#define FD_ZERO(s)    __builtin_memset((s), 0, sizeof(fd_set))
#define FD_SET(fd, s) ((s)->fds_bits[__FD_WORD(fd)] |= __FD_BIT(fd))
#define FD_CLR(fd, s) ((s)->fds_bits[__FD_WORD(fd)] &= ~__FD_BIT(fd))
#define FD_ISSET(fd, s) (((s)->fds_bits[__FD_WORD(fd)] & __FD_BIT(fd)) != 0)

int select(int nfds, fd_set *__restrict rd, fd_set *__restrict wr, fd_set *__restrict ex,
	   struct timeval *__restrict timeout);

#ifdef __cplusplus
}
#endif
#endif
