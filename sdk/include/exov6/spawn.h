/* exov6/spawn.h - starting programs from boot modules (until the file
 * server exists) and waiting for them: the libOS's process primitives. */
#ifndef EXOV6_SPAWN_H
#define EXOV6_SPAWN_H

#include <exov6/env.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Start the boot module called `name` (a basename) as a new child env with
 * argv and envp (envp may be NULL).  Returns the child's id, or -ENOENT (no
 * such module), -ENOEXEC, -E2BIG, -ENOMEM, -EAGAIN (no free env). */
exov6_envid_t exov6_spawn_module(const char *name, char *const argv[], char *const envp[]);

/* Like exov6_spawn_module, but leave the child stopped (for exec). */
exov6_envid_t exov6_load_module(const char *name, char *const argv[], char *const envp[]);

/* Like exov6_load_module for a program file: the path is opened on the
 * file server (or names a boot module by its last component when the
 * process has none).  -ENOENT, -EACCES (not executable), -ENOEXEC... */
exov6_envid_t exov6_load_program(const char *path, char *const argv[], char *const envp[]);
/* Wait for child `id` (0: any child) to end; its wait status goes to
 * *status if status is not NULL.  Returns the child's id or -ECHILD,
 * -EFAULT. */
exov6_envid_t exov6_wait(exov6_envid_t id, int *status);

#ifdef __cplusplus
}
#endif
#endif
