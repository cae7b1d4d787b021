/* libgen.h - the POSIX basename and dirname (they may modify the path). */
#ifndef _LIBGEN_H
#define _LIBGEN_H

char *basename(char *path);
char *dirname(char *path);

#endif
