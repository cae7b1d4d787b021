/* getopt.h - command-line option parsing, with GNU long options. */
#ifndef _GETOPT_H
#define _GETOPT_H

#include <features.h>

#ifdef __cplusplus
extern "C" {
#endif

extern char *optarg;
extern int optind, opterr, optopt;

struct option {
	const char *name;
	int has_arg;            /* no_argument, required_argument, optional_argument */
	int *flag;              /* if set, *flag = val and 0 is returned */
	int val;
};

#define no_argument       0
#define required_argument 1
#define optional_argument 2

int getopt(int argc, char *const argv[], const char *optstring);
int getopt_long(int argc, char *const argv[], const char *optstring,
		const struct option *longopts, int *longind);
int getopt_long_only(int argc, char *const argv[], const char *optstring,
		     const struct option *longopts, int *longind);

#ifdef __cplusplus
}
#endif
#endif
