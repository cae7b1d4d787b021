/* getopt.c - getopt, getopt_long and getopt_long_only with glibc's
 * behaviour: non-options are permuted to the end unless the option string
 * starts with '+' (or POSIXLY_CORRECT is set: stop at the first one) or
 * '-' (return them as option 1); a leading ':' silences the messages and
 * makes a missing argument return ':'; "W;" reads "-W foo" as "--foo";
 * long options may be abbreviated when unambiguous.  optind = 0 starts
 * over. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

char *optarg;
int optind = 1, opterr = 1, optopt = '?';

enum ordering { PERMUTE, REQUIRE_ORDER, RETURN_IN_ORDER };

static struct {
	int initialized;
	enum ordering ordering;
	char *nextchar;                 /* the rest of a short-option cluster */
	int first_nonopt, last_nonopt;  /* skipped non-options: [first, last) */
} st;

/* Error messages go out in one write where they fit. */
struct msg {
	char buf[512];
	size_t n;
};

static void msg_add(struct msg *m, const char *s)
{
	for (; *s; s++) {
		if (m->n == sizeof m->buf) {
			write(STDERR_FILENO, m->buf, m->n);
			m->n = 0;
		}
		m->buf[m->n++] = *s;
	}
}

/* Writes the NULL-terminated list of strings as one message. */
static void complain(const char *first, ...)
{
	struct msg m = { .n = 0 };
	__builtin_va_list ap;
	__builtin_va_start(ap, first);
	for (const char *s = first; s; s = __builtin_va_arg(ap, const char *))
		msg_add(&m, s);
	__builtin_va_end(ap);
	write(STDERR_FILENO, m.buf, m.n);
}

/* Moves the skipped non-options [first_nonopt, last_nonopt) after the
 * options [last_nonopt, optind), keeping the order inside each block. */
static void reverse(char **argv, int from, int to)
{
	while (from < --to) {
		char *t = argv[from];
		argv[from++] = argv[to];
		argv[to] = t;
	}
}

static void exchange(char **argv)
{
	reverse(argv, st.first_nonopt, st.last_nonopt);
	reverse(argv, st.last_nonopt, optind);
	reverse(argv, st.first_nonopt, optind);
	st.first_nonopt += optind - st.last_nonopt;
	st.last_nonopt = optind;
}

static int non_option(char *const *argv, int i)
{
	return argv[i][0] != '-' || argv[i][1] == '\0';
}

static int same_result(const struct option *a, const struct option *b)
{
	return a->has_arg == b->has_arg && a->flag == b->flag && a->val == b->val;
}

/* st.nextchar holds a long option's name (and "=ARG"), written after
 * prefix ("--", "-" or "-W ").  Returns its result, or -1 for
 * getopt_long_only to try a short option instead. */
static int long_option(int argc, char *const *argv, const char *optstring,
		       const struct option *longopts, int *longind, int long_only,
		       int print_errors, const char *prefix)
{
	char *name = st.nextchar;
	size_t len = strcspn(name, "=");
	const struct option *found = NULL;
	int index = -1, count = 0, ambiguous = 0;
	for (const struct option *p = longopts; p->name; p++, count++)
		if (!found && strncmp(p->name, name, len) == 0 && strlen(p->name) == len) {
			found = p;
			index = count;
		}
	if (!found) {
		for (int i = 0; i < count; i++) {
			if (strncmp(longopts[i].name, name, len) != 0)
				continue;
			if (!found) {
				found = &longopts[i];
				index = i;
			} else if (long_only || !same_result(found, &longopts[i])) {
				ambiguous = 1;
			}
		}
	}
	if (ambiguous) {
		if (print_errors) {
			struct msg m = { .n = 0 };
			msg_add(&m, argv[0]);
			msg_add(&m, ": option '");
			msg_add(&m, prefix);
			msg_add(&m, name);
			msg_add(&m, "' is ambiguous; possibilities:");
			for (int i = 0; i < count; i++) {
				if (strncmp(longopts[i].name, name, len) != 0 ||
				    (i != index && !long_only && same_result(found, &longopts[i])))
					continue;
				msg_add(&m, " '");
				msg_add(&m, prefix);
				msg_add(&m, longopts[i].name);
				msg_add(&m, "'");
			}
			msg_add(&m, "\n");
			write(STDERR_FILENO, m.buf, m.n);
		}
		st.nextchar += strlen(st.nextchar);
		optind++;
		optopt = 0;
		return '?';
	}
	if (!found) {
		if (!long_only || argv[optind][1] == '-' || !strchr(optstring, *name)) {
			if (print_errors)
				complain(argv[0], ": unrecognized option '", prefix, name, "'\n", NULL);
			st.nextchar = NULL;
			optind++;
			optopt = 0;
			return '?';
		}
		return -1;
	}
	optind++;
	st.nextchar = NULL;
	if (name[len] == '=') {
		if (!found->has_arg) {
			if (print_errors)
				complain(argv[0], ": option '", prefix, found->name,
					 "' doesn't allow an argument\n", NULL);
			optopt = found->val;
			return '?';
		}
		optarg = name + len + 1;
	} else if (found->has_arg == required_argument) {
		if (optind >= argc) {
			if (print_errors)
				complain(argv[0], ": option '", prefix, found->name,
					 "' requires an argument\n", NULL);
			optopt = found->val;
			return optstring[0] == ':' ? ':' : '?';
		}
		optarg = argv[optind++];
	}
	if (longind)
		*longind = index;
	if (found->flag) {
		*found->flag = found->val;
		return 0;
	}
	return found->val;
}

static int missing_argument(char *const *argv, const char *optstring, char c,
			    int print_errors)
{
	char letter[2] = { c, '\0' };
	if (print_errors)
		complain(argv[0], ": option requires an argument -- '", letter, "'\n", NULL);
	optopt = c;
	return optstring[0] == ':' ? ':' : '?';
}

/* A short option from the cluster at st.nextchar. */
static int short_option(int argc, char *const *argv, const char *optstring,
			const struct option *longopts, int *longind, int print_errors)
{
	char c = *st.nextchar++;
	char letter[2] = { c, '\0' };
	const char *spec = strchr(optstring, c);
	if (*st.nextchar == '\0')
		optind++;
	if (!spec || c == ':' || c == ';') {
		if (print_errors)
			complain(argv[0], ": invalid option -- '", letter, "'\n", NULL);
		optopt = c;
		return '?';
	}
	if (c == 'W' && spec[1] == ';' && longopts) {    /* "-W foo" is "--foo" */
		if (*st.nextchar == '\0') {
			if (optind == argc)
				return missing_argument(argv, optstring, c, print_errors);
			st.nextchar = argv[optind];
		}
		return long_option(argc, argv, optstring, longopts, longind, 0,
				   print_errors, "-W ");
	}
	if (spec[1] == ':') {
		if (*st.nextchar != '\0') {
			optarg = st.nextchar;
			optind++;
		} else if (spec[2] != ':') {
			if (optind == argc) {
				st.nextchar = NULL;
				return missing_argument(argv, optstring, c, print_errors);
			}
			optarg = argv[optind++];
		}
		st.nextchar = NULL;
	}
	return c;
}

static int getopt_internal(int argc, char *const *argv, const char *optstring,
			   const struct option *longopts, int *longind, int long_only)
{
	if (argc < 1)
		return -1;
	optarg = NULL;
	if (optind == 0 || !st.initialized) {
		if (optind == 0)
			optind = 1;
		st.first_nonopt = st.last_nonopt = optind;
		st.nextchar = NULL;
		st.ordering = getenv("POSIXLY_CORRECT") ? REQUIRE_ORDER : PERMUTE;
		if (optstring[0] == '-')
			st.ordering = RETURN_IN_ORDER;
		else if (optstring[0] == '+')
			st.ordering = REQUIRE_ORDER;
		st.initialized = 1;
	}
	if (optstring[0] == '-' || optstring[0] == '+')
		optstring++;
	int print_errors = opterr && optstring[0] != ':';
	/* Permuting argv is what glibc does to "const" argv too. */
	char **args = (char **)argv;

	if (!st.nextchar || !*st.nextchar) {
		if (st.last_nonopt > optind)
			st.last_nonopt = optind;
		if (st.first_nonopt > optind)
			st.first_nonopt = optind;
		if (st.ordering == PERMUTE) {
			if (st.first_nonopt != st.last_nonopt && st.last_nonopt != optind)
				exchange(args);
			else if (st.last_nonopt != optind)
				st.first_nonopt = optind;
			while (optind < argc && non_option(argv, optind))
				optind++;
			st.last_nonopt = optind;
		}
		if (optind != argc && strcmp(argv[optind], "--") == 0) {
			optind++;
			if (st.first_nonopt != st.last_nonopt && st.last_nonopt != optind)
				exchange(args);
			else if (st.first_nonopt == st.last_nonopt)
				st.first_nonopt = optind;
			st.last_nonopt = argc;
			optind = argc;
		}
		if (optind == argc) {
			if (st.first_nonopt != st.last_nonopt)
				optind = st.first_nonopt;
			return -1;
		}
		if (non_option(argv, optind)) {
			if (st.ordering == REQUIRE_ORDER)
				return -1;
			optarg = argv[optind++];
			return 1;
		}
		if (longopts) {
			if (argv[optind][1] == '-') {
				st.nextchar = argv[optind] + 2;
				return long_option(argc, argv, optstring, longopts, longind,
						   long_only, print_errors, "--");
			}
			if (long_only && (argv[optind][2] || !strchr(optstring, argv[optind][1]))) {
				st.nextchar = argv[optind] + 1;
				int code = long_option(argc, argv, optstring, longopts, longind,
						       long_only, print_errors, "-");
				if (code != -1)
					return code;
			}
		}
		st.nextchar = argv[optind] + 1;
	}
	return short_option(argc, argv, optstring, longopts, longind, print_errors);
}

int getopt(int argc, char *const argv[], const char *optstring)
{
	return getopt_internal(argc, argv, optstring, NULL, NULL, 0);
}

int getopt_long(int argc, char *const argv[], const char *optstring,
		const struct option *longopts, int *longind)
{
	return getopt_internal(argc, argv, optstring, longopts, longind, 0);
}

int getopt_long_only(int argc, char *const argv[], const char *optstring,
		     const struct option *longopts, int *longind)
{
	return getopt_internal(argc, argv, optstring, longopts, longind, 1);
}
