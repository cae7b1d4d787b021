/* error.c - GNU's error and error_at_line, as glibc prints them:
 * "PROG: MESSAGE[: STRERROR]\n" and "PROG:FILE:LINE: MESSAGE[: STRERROR]\n"
 * on stderr (PROG is program_invocation_name, or whatever
 * error_print_progname prints), after flushing stdout. */
#define _GNU_SOURCE
#include <errno.h>
#include <error.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void (*error_print_progname)(void);
unsigned int error_message_count;
int error_one_per_line;

static void finish(int status, int errnum, const char *format, va_list ap)
{
	vfprintf(stderr, format, ap);
	error_message_count++;
	if (errnum)
		fprintf(stderr, ": %s", strerror(errnum));
	putc('\n', stderr);
	fflush(stderr);
	if (status)
		exit(status);
}

void error(int status, int errnum, const char *format, ...)
{
	fflush(stdout);
	if (error_print_progname)
		error_print_progname();
	else
		fprintf(stderr, "%s: ", program_invocation_name);
	va_list ap;
	va_start(ap, format);
	finish(status, errnum, format, ap);
	va_end(ap);
}

void error_at_line(int status, int errnum, const char *fname, unsigned int lineno,
		   const char *format, ...)
{
	if (error_one_per_line) {
		static const char *last_file;
		static unsigned int last_line;
		if (lineno == last_line &&
		    (fname == last_file || (fname && last_file && strcmp(fname, last_file) == 0)))
			return;
		last_file = fname;
		last_line = lineno;
	}
	fflush(stdout);
	if (error_print_progname)
		error_print_progname();
	else
		fprintf(stderr, "%s:", program_invocation_name);
	if (fname)
		fprintf(stderr, "%s:%u: ", fname, lineno);
	else
		fputc(' ', stderr);
	va_list ap;
	va_start(ap, format);
	finish(status, errnum, format, ap);
	va_end(ap);
}
