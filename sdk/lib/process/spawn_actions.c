/* spawn_actions.c - posix_spawn's file actions: a list built by the
 * posix_spawn_file_actions_add* calls (paths copied, as glibc does), and
 * running it in order in the child before exec, with glibc's rules: an
 * fd out of range is EBADF when added; closing an fd that is not open is
 * no error; dup2 of an fd onto itself clears its close-on-exec flag; an
 * open onto fd first closes fd; the first failing action's errno is the
 * spawn's. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "../fd/fd_private.h"
#include "process_private.h"

enum kind { DO_CLOSE, DO_DUP2, DO_OPEN, DO_CHDIR, DO_FCHDIR, DO_CLOSEFROM };

struct __spawn_action {
	enum kind kind;
	int fd, newfd, oflag;
	mode_t mode;
	char *path;
};

static int valid_fd(int fd)
{
	return fd >= 0 && fd < FD_MAX;
}

static int add(posix_spawn_file_actions_t *fa, struct __spawn_action a)
{
	if (fa->__used == fa->__allocated) {
		int n = fa->__allocated ? fa->__allocated * 2 : 8;
		struct __spawn_action *list = realloc(fa->__actions, (size_t)n * sizeof *list);
		if (!list) {
			free(a.path);
			return ENOMEM;
		}
		fa->__actions = list;
		fa->__allocated = n;
	}
	fa->__actions[fa->__used++] = a;
	return 0;
}

int posix_spawn_file_actions_init(posix_spawn_file_actions_t *fa)
{
	memset(fa, 0, sizeof *fa);
	return 0;
}

int posix_spawn_file_actions_destroy(posix_spawn_file_actions_t *fa)
{
	for (int i = 0; i < fa->__used; i++)
		free(fa->__actions[i].path);
	free(fa->__actions);
	memset(fa, 0, sizeof *fa);
	return 0;
}

int posix_spawn_file_actions_addclose(posix_spawn_file_actions_t *fa, int fd)
{
	if (!valid_fd(fd))
		return EBADF;
	return add(fa, (struct __spawn_action){ .kind = DO_CLOSE, .fd = fd });
}

int posix_spawn_file_actions_adddup2(posix_spawn_file_actions_t *fa, int fd, int newfd)
{
	if (!valid_fd(fd) || !valid_fd(newfd))
		return EBADF;
	return add(fa, (struct __spawn_action){ .kind = DO_DUP2, .fd = fd, .newfd = newfd });
}

static int add_path(posix_spawn_file_actions_t *fa, struct __spawn_action a, const char *path)
{
	if (!(a.path = strdup(path)))
		return ENOMEM;
	return add(fa, a);
}

int posix_spawn_file_actions_addopen(posix_spawn_file_actions_t *restrict fa, int fd,
				     const char *restrict path, int oflag, mode_t mode)
{
	if (!valid_fd(fd))
		return EBADF;
	return add_path(fa, (struct __spawn_action){ .kind = DO_OPEN, .fd = fd, .oflag = oflag,
						     .mode = mode }, path);
}

int posix_spawn_file_actions_addchdir_np(posix_spawn_file_actions_t *restrict fa,
					 const char *restrict path)
{
	return add_path(fa, (struct __spawn_action){ .kind = DO_CHDIR }, path);
}

/* glibc takes any fd here; a bad one fails in the child (EBADF). */
int posix_spawn_file_actions_addfchdir_np(posix_spawn_file_actions_t *fa, int fd)
{
	return add(fa, (struct __spawn_action){ .kind = DO_FCHDIR, .fd = fd });
}

int posix_spawn_file_actions_addclosefrom_np(posix_spawn_file_actions_t *fa, int from)
{
	if (!valid_fd(from))
		return EBADF;
	return add(fa, (struct __spawn_action){ .kind = DO_CLOSEFROM, .fd = from });
}

int __libos_spawn_actions_top(const posix_spawn_file_actions_t *fa)
{
	int top = 2;
	for (int i = 0; fa && i < fa->__used; i++) {
		const struct __spawn_action *a = &fa->__actions[i];
		if (a->kind == DO_CLOSEFROM)
			return FD_MAX;
		if (a->fd > top)
			top = a->fd;
		if (a->kind == DO_DUP2 && a->newfd > top)
			top = a->newfd;
	}
	return top;
}

static int one(const struct __spawn_action *a, int keep)
{
	switch (a->kind) {
	case DO_CLOSE:
		return close(a->fd) == 0 || errno == EBADF ? 0 : errno;
	case DO_DUP2:
		if (a->fd == a->newfd) {
			int flags = fcntl(a->fd, F_GETFD);
			return flags < 0 || fcntl(a->fd, F_SETFD, flags & ~FD_CLOEXEC) < 0 ? errno : 0;
		}
		return dup2(a->fd, a->newfd) == a->newfd ? 0 : errno;
	case DO_OPEN: {
		close(a->fd);
		int fd = open(a->path, a->oflag, a->mode);
		if (fd < 0)
			return errno;
		if (fd != a->fd) {
			if (dup2(fd, a->fd) != a->fd)
				return errno;
			close(fd);
		}
		return 0;
	}
	case DO_CHDIR:
		return chdir(a->path) ? errno : 0;
	case DO_FCHDIR:
		return fchdir(a->fd) ? errno : 0;
	case DO_CLOSEFROM:
		for (int fd = a->fd; fd < FD_MAX; fd++)
			if (fd != keep)
				close(fd);
		return 0;
	}
	return EINVAL;
}

int __libos_spawn_actions_run(const posix_spawn_file_actions_t *fa, int keep)
{
	for (int i = 0; fa && i < fa->__used; i++) {
		int err = one(&fa->__actions[i], keep);
		if (err)
			return err;
	}
	return 0;
}
