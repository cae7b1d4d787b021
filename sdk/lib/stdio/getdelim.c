/* getdelim.c - getdelim and getline: read up to a delimiter into a buffer
 * that grows as needed (malloc'd, *size bytes). */
#include <errno.h>
#include <stdlib.h>
#include "file.h"

ssize_t getdelim(char **restrict line, size_t *restrict size, int delim, FILE *restrict f)
{
	if (!line || !size) {
		errno = EINVAL;
		f->flags |= S_ERR;
		return -1;
	}
	size_t n = 0;
	for (;;) {
		int c = fgetc(f);
		if (c == EOF && n == 0)
			return -1;
		if (n + 2 > *size || !*line) {
			size_t grow = *size < 120 ? 120 : *size * 2;
			char *p = realloc(*line, grow);
			if (!p) {
				f->flags |= S_ERR;
				errno = ENOMEM;
				return -1;
			}
			*line = p;
			*size = grow;
		}
		if (c == EOF)
			break;
		(*line)[n++] = (char)c;
		if (c == delim)
			break;
	}
	(*line)[n] = 0;
	return (ssize_t)n;
}

ssize_t getline(char **restrict line, size_t *restrict size, FILE *restrict f)
{
	return getdelim(line, size, '\n', f);
}
