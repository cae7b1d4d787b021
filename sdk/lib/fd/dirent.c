/* dirent.c - opendir, fdopendir, readdir, rewinddir, closedir, dirfd: a
 * DIR holds a directory descriptor and a batch of the server's
 * struct fs_dirent records (FS_REQ_READDIR fills the buffer). */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "fd_private.h"

struct __dir {
	int fd;
	size_t pos, len;
	struct dirent ent;
	char batch[FS_BUF_SIZE];
};

DIR *fdopendir(int fd)
{
	struct fd *f = __fd_get(fd);
	if (!f)
		return 0;
	if (f->type != FD_FILE) {
		errno = ENOTDIR;
		return 0;
	}
	DIR *d = malloc(sizeof *d);
	if (!d)
		return 0;
	d->fd = fd;
	d->pos = d->len = 0;
	return d;
}

DIR *opendir(const char *path)
{
	int fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0)
		return 0;
	DIR *d = fdopendir(fd);
	if (!d)
		close(fd);
	return d;
}

struct dirent *readdir(DIR *d)
{
	if (d->pos >= d->len) {
		struct fd *f = __fd_get(d->fd);
		if (!f)
			return 0;
		long r = __fs_call(FS_REQ_READDIR, f->handle, 0, 0);
		if (r <= 0) {
			if (r < 0)
				errno = (int)-r;
			return 0;
		}
		memcpy(d->batch, __fs_buf(), (size_t)r);
		d->pos = 0;
		d->len = (size_t)r;
	}
	const struct fs_dirent *rec = (const struct fs_dirent *)(d->batch + d->pos);
	d->pos += rec->reclen;
	d->ent.d_ino = rec->ino;
	d->ent.d_off = (off_t)d->pos;
	d->ent.d_reclen = sizeof d->ent;
	d->ent.d_type = rec->type;
	strncpy(d->ent.d_name, rec->name, sizeof d->ent.d_name - 1);
	d->ent.d_name[sizeof d->ent.d_name - 1] = 0;
	return &d->ent;
}

void rewinddir(DIR *d)
{
	struct fd *f = __fd_get(d->fd);
	if (f)
		__fs_call(FS_REQ_REWINDDIR, f->handle, 0, 0);
	d->pos = d->len = 0;
}

int closedir(DIR *d)
{
	int r = close(d->fd);
	free(d);
	return r;
}

int dirfd(DIR *d)
{
	return d->fd;
}
