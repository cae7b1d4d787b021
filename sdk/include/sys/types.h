/* sys/types.h - POSIX system data types. */
#ifndef _SYS_TYPES_H
#define _SYS_TYPES_H

#include <features.h>
#include <stddef.h>

#ifndef __ssize_t_defined
#define __ssize_t_defined
typedef long ssize_t;
#endif
#ifndef __pid_t_defined
#define __pid_t_defined
typedef int pid_t;
#endif
#ifndef __time_t_defined
#define __time_t_defined
typedef long time_t;
#endif
#ifndef __clock_t_defined
#define __clock_t_defined
typedef long clock_t;
#endif
#ifndef __clockid_t_defined
#define __clockid_t_defined
typedef int clockid_t;
#endif
typedef long off_t;
typedef unsigned int uid_t;
typedef unsigned int gid_t;
#ifndef __id_t_defined
#define __id_t_defined
typedef unsigned int id_t;
#endif
typedef unsigned int mode_t;
typedef unsigned int useconds_t;
typedef unsigned long dev_t;
typedef unsigned long ino_t;
typedef unsigned long nlink_t;
typedef long blksize_t;
typedef long blkcnt_t;

#endif
