/* error.h - GNU's error reporting: error and error_at_line print the
 * program's name (or call error_print_progname), the message and, when
 * errnum is not 0, strerror(errnum) on stderr after flushing stdout, count
 * the message in error_message_count, and exit when status is not 0.
 * With error_one_per_line set, error_at_line prints nothing for a file
 * and line it reported last. */
#ifndef _ERROR_H
#define _ERROR_H

#ifdef __cplusplus
extern "C" {
#endif

void error(int status, int errnum, const char *format, ...)
	__attribute__((__format__(__printf__, 3, 4)));
void error_at_line(int status, int errnum, const char *fname, unsigned int lineno,
		   const char *format, ...) __attribute__((__format__(__printf__, 5, 6)));

extern void (*error_print_progname)(void);
extern unsigned int error_message_count;
extern int error_one_per_line;

#ifdef __cplusplus
}
#endif
#endif
