/* ext2_path.c - path resolution: components looked up one by one from the
 * root or the starting directory, symbolic links followed (at most 40 per
 * resolution: -ELOOP), "." and ".." as the directories' own entries, and
 * the length limits (-ENAMETOOLONG). */
#include <stdlib.h>
#include <string.h>
#include "ext2_impl.h"

static int path_check(const char *path)
{
	if (!memchr(path, 0, EXT2_PATH_MAX))
		return -ENAMETOOLONG;
	return *path ? 0 : -ENOENT;
}

static int walk(uint32_t cwd, const char *path, int follow_last, uint32_t *out, int *links)
{
	int r = path_check(path);
	if (r < 0)
		return r;
	uint32_t cur = *path == '/' ? EXT2_ROOT_INO : cwd;
	const char *p = path;
	for (;;) {
		while (*p == '/')
			p++;
		if (!*p)
			break;
		const char *q = p;
		while (*q && *q != '/')
			q++;
		if (q - p > EXT2_NAME_LEN)
			return -ENAMETOOLONG;
		uint32_t child;
		struct ext2_inode in;
		if ((r = dir_lookup(cur, p, (size_t)(q - p), &child)) < 0 ||
		    (r = inode_read(child, &in)) < 0)
			return r;
		if (inode_is(&in, EXT2_S_IFLNK) && (*q == '/' || follow_last)) {
			if (++*links > EXT2_MAX_SYMLINKS)
				return -ELOOP;
			char *target = malloc(EXT2_PATH_MAX);
			if (!target)
				return -ENOMEM;
			long n = inode_read_symlink(&in, target, EXT2_PATH_MAX - 1);
			if (n >= 0) {
				target[n] = 0;
				n = walk(cur, target, 1, &child, links);
			}
			free(target);
			if (n < 0 || (r = inode_read(child, &in)) < 0)
				return n < 0 ? (int)n : r;
		}
		if (*q == '/' && !inode_is(&in, EXT2_S_IFDIR))
			return -ENOTDIR;
		cur = child;
		p = q;
	}
	*out = cur;
	return 0;
}

int ext2_resolve(uint32_t cwd, const char *path, int follow_last, uint32_t *ino)
{
	int links = 0;
	return walk(cwd, path, follow_last, ino, &links);
}

int path_parent(uint32_t cwd, const char *path, uint32_t *dir, char name[EXT2_NAME_LEN + 1], int *trailing_slash)
{
	int r = path_check(path);
	if (r < 0)
		return r;
	size_t len = strlen(path), end = len, start;
	while (end > 0 && path[end - 1] == '/')
		end--;
	*trailing_slash = end < len;
	if (end == 0) {                 /* "/" */
		*dir = EXT2_ROOT_INO;
		name[0] = 0;
		return 0;
	}
	for (start = end; start > 0 && path[start - 1] != '/'; start--)
		;
	if (end - start > EXT2_NAME_LEN)
		return -ENAMETOOLONG;
	memcpy(name, path + start, end - start);
	name[end - start] = 0;
	if (start == 0) {
		*dir = cwd;
		return 0;
	}
	char *prefix = malloc(start + 1);
	if (!prefix)
		return -ENOMEM;
	memcpy(prefix, path, start);
	prefix[start] = 0;
	r = ext2_resolve(cwd, prefix, 1, dir);
	free(prefix);
	return r;
}
