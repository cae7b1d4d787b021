/* exov6/fs_client.h - which file server this process's files live on.
 * The id is inherited by fork, exec and spawn; init sets it once after
 * starting the server. */
#ifndef EXOV6_FS_CLIENT_H
#define EXOV6_FS_CLIENT_H

#include <exov6/env.h>

#ifdef __cplusplus
extern "C" {
#endif

void exov6_fs_set_server(exov6_envid_t server);
/* 0 when the process runs without a file server (bare boot). */
exov6_envid_t exov6_fs_server(void);

#ifdef __cplusplus
}
#endif
#endif
