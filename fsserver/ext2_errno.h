/* ext2_errno.h - the error numbers of the ext2 core: exov6's <exov6/errno.h>
 * (the Linux numbering), reached by relative path so that a host build needs
 * no include path into the exov6 C library headers. */
#ifndef FSSERVER_EXT2_ERRNO_H
#define FSSERVER_EXT2_ERRNO_H
#include "../sdk/include/exov6/errno.h"
#endif
