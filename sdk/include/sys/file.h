/* sys/file.h - flock: advisory whole-file locks (BSD), and <fcntl.h>.
 * exov6's file server keeps no locks yet, so flock fails with ENOLCK on
 * any open descriptor (EBADF, EINVAL as usual). */
#ifndef _SYS_FILE_H
#define _SYS_FILE_H

#include <fcntl.h>

#ifdef __cplusplus
extern "C" {
#endif

#define LOCK_SH 1       /* shared */
#define LOCK_EX 2       /* exclusive */
#define LOCK_NB 4       /* do not block */
#define LOCK_UN 8       /* unlock */

/* Whence values of lseek, BSD names. */
#define L_SET  0
#define L_INCR 1
#define L_XTND 2

int flock(int fd, int operation);

#ifdef __cplusplus
}
#endif
#endif
