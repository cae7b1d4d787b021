/* spawn.h - posix_spawn, its attributes and file actions (glibc's
 * layout and its _np additions). */
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
#define POSIX_SPAWN_USEVFORK      0x40  /* accepted, means nothing */
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

struct __spawn_action;
typedef struct {
	int __allocated;
	int __used;
	struct __spawn_action *__actions;
	int __pad[16];
} posix_spawn_file_actions_t;

int posix_spawn(pid_t *__restrict pid, const char *__restrict path,
		const posix_spawn_file_actions_t *actions, const posix_spawnattr_t *__restrict attr,
		char *const *__restrict argv, char *const *__restrict envp);
int posix_spawnp(pid_t *__restrict pid, const char *__restrict file,
		 const posix_spawn_file_actions_t *actions, const posix_spawnattr_t *__restrict attr,
		 char *const *__restrict argv, char *const *__restrict envp);
int posix_spawn_file_actions_init(posix_spawn_file_actions_t *actions);
int posix_spawn_file_actions_destroy(posix_spawn_file_actions_t *actions);
int posix_spawn_file_actions_addclose(posix_spawn_file_actions_t *actions, int fd);
int posix_spawn_file_actions_adddup2(posix_spawn_file_actions_t *actions, int fd, int newfd);
int posix_spawn_file_actions_addopen(posix_spawn_file_actions_t *__restrict actions, int fd,
				     const char *__restrict path, int oflag, mode_t mode);
int posix_spawnattr_init(posix_spawnattr_t *attr);
int posix_spawnattr_destroy(posix_spawnattr_t *attr);
int posix_spawnattr_getflags(const posix_spawnattr_t *__restrict attr, short *__restrict flags);
int posix_spawnattr_setflags(posix_spawnattr_t *attr, short flags);
int posix_spawnattr_getsigdefault(const posix_spawnattr_t *__restrict attr, sigset_t *__restrict set);
int posix_spawnattr_setsigdefault(posix_spawnattr_t *__restrict attr, const sigset_t *__restrict set);
int posix_spawnattr_getpgroup(const posix_spawnattr_t *__restrict attr, pid_t *__restrict pgroup);
int posix_spawnattr_setpgroup(posix_spawnattr_t *attr, pid_t pgroup);
int posix_spawnattr_getsigmask(const posix_spawnattr_t *__restrict attr, sigset_t *__restrict set);
int posix_spawnattr_setsigmask(posix_spawnattr_t *__restrict attr, const sigset_t *__restrict set);
#ifdef __USE_GNU
/* glibc 2.35's: make the child's group the foreground group of terminal
 * fd (with POSIX_SPAWN_TCSETPGROUP). */
int posix_spawnattr_tcgetpgrp_np(const posix_spawnattr_t *__restrict attr, int *__restrict fd);
int posix_spawnattr_tcsetpgrp_np(posix_spawnattr_t *attr, int fd);
/* glibc 2.29 and 2.34: change directory, close every fd from `from`. */
int posix_spawn_file_actions_addchdir_np(posix_spawn_file_actions_t *__restrict actions,
					 const char *__restrict path);
int posix_spawn_file_actions_addfchdir_np(posix_spawn_file_actions_t *actions, int fd);
int posix_spawn_file_actions_addclosefrom_np(posix_spawn_file_actions_t *actions, int from);
#endif

#ifdef __cplusplus
}
#endif
#endif
