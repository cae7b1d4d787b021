/* errno.c - the error indicator (one thread per env for now). */
#include <errno.h>

int errno;
