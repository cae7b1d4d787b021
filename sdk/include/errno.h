/* errno.h - the error indicator and the error numbers (exov6/errno.h). */
#ifndef _ERRNO_H
#define _ERRNO_H

#include <exov6/errno.h>

extern int errno;

#endif
