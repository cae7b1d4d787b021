/* spawn.h - posix_spawn.  Programs come from the boot modules until the
 * file server exists; file actions come with the descriptor layer, so the
 * functions that add them are not declared yet. */
#ifndef _SPAWN_H
#define _SPAWN_H

#include <features.h>
#include <bits/sigset.h>
#include <signal.h>
#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

#define POSIX_SPAWN_RESETIDS      0x01
#define POSIX_SPAWN_SETPGROUP     0x02
#define POSIX_SPAWN_SETSIGDEF     0x04
#define POSIX_SPAWN_SETSIGMASK    0x08
#ifdef __USE_GNU
#define POSIX_SPAWN_SETSID        0x80
#define POSIX_SPAWN_TCSETPGROUP   0x100
#endif

typedef struct {
	int __flags;
	pid_t __pgroup;
	int __tcfd;
	sigset_t __sigdefault;
	sigset_t __sigmask;
} posix_spawnattr_t;

typedef struct {
	int __count;
} posix_spawn_file_actions_t;

int posix_spawn(pid_t *__restrict pid, const char *__restrict path,
		const posix_spawn_file_actions_t *actions, const posix_spawnattr_t *__restrict attr,
		char *const *__restrict argv, char *const *__restrict envp);
int posix_spawnp(pid_t *__restrict pid, const char *__restrict file,
		 const posix_spawn_file_actions_t *actions, const posix_spawnattr_t *__restrict attr,
		 char *const *__restrict argv, char *const *__restrict envp);
int posix_spawn_file_actions_init(posix_spawn_file_actions_t *actions);
int posix_spawn_file_actions_destroy(posix_spawn_file_actions_t *actions);
int posix_spawnattr_init(posix_spawnattr_t *attr);
int posix_spawnattr_destroy(posix_spawnattr_t *attr);
int posix_spawnattr_getflags(const posix_spawnattr_t *__restrict attr, short *__restrict flags);
int posix_spawnattr_setflags(posix_spawnattr_t *attr, short flags);
int posix_spawnattr_getsigdefault(const posix_spawnattr_t *__restrict attr, sigset_t *__restrict set);
int posix_spawnattr_setsigdefault(posix_spawnattr_t *__restrict attr, const sigset_t *__restrict set);
int posix_spawnattr_getpgroup(const posix_spawnattr_t *__restrict attr, pid_t *__restrict pgroup);
int posix_spawnattr_setpgroup(posix_spawnattr_t *attr, pid_t pgroup);
#ifdef __USE_GNU
/* glibc 2.35's: make the child's group the foreground group of terminal
 * fd (with POSIX_SPAWN_TCSETPGROUP). */
int posix_spawnattr_tcgetpgrp_np(const posix_spawnattr_t *__restrict attr, int *__restrict fd);
int posix_spawnattr_tcsetpgrp_np(posix_spawnattr_t *attr, int fd);
#endif

#ifdef __cplusplus
}
#endif
#endif
