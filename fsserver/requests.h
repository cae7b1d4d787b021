/* requests.h - carrying out one file-server request. */
#ifndef FSSERVER_REQUESTS_H
#define FSSERVER_REQUESTS_H

#include "clients.h"

/* Carry out request w[0..2] of client c (perm: rights of a granted page
 * at FS_WINDOW_VA, 0 if none); returns the reply (a result >= 0 or
 * -errno). */
long request_do(struct client *c, const unsigned long w[3], unsigned long perm);

#endif
