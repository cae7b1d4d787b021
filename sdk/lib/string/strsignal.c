/* strsignal.c - the description of a signal, in glibc's wording;
 * "Unknown signal N" for numbers exov6 gives no meaning (it has no
 * real-time signals). */
#include <signal.h>
#include <string.h>

static const char *const descriptions[] = {
	[SIGHUP] = "Hangup",
	[SIGINT] = "Interrupt",
	[SIGQUIT] = "Quit",
	[SIGILL] = "Illegal instruction",
	[SIGTRAP] = "Trace/breakpoint trap",
	[SIGABRT] = "Aborted",
	[SIGBUS] = "Bus error",
	[SIGFPE] = "Floating point exception",
	[SIGKILL] = "Killed",
	[SIGUSR1] = "User defined signal 1",
	[SIGSEGV] = "Segmentation fault",
	[SIGUSR2] = "User defined signal 2",
	[SIGPIPE] = "Broken pipe",
	[SIGALRM] = "Alarm clock",
	[SIGTERM] = "Terminated",
	[SIGSTKFLT] = "Stack fault",
	[SIGCHLD] = "Child exited",
	[SIGCONT] = "Continued",
	[SIGSTOP] = "Stopped (signal)",
	[SIGTSTP] = "Stopped",
	[SIGTTIN] = "Stopped (tty input)",
	[SIGTTOU] = "Stopped (tty output)",
	[SIGURG] = "Urgent I/O condition",
	[SIGXCPU] = "CPU time limit exceeded",
	[SIGXFSZ] = "File size limit exceeded",
	[SIGVTALRM] = "Virtual timer expired",
	[SIGPROF] = "Profiling timer expired",
	[SIGWINCH] = "Window changed",
	[SIGIO] = "I/O possible",
	[SIGPWR] = "Power failure",
	[SIGSYS] = "Bad system call",
};

char *strsignal(int sig)
{
	static char unknown[32] = "Unknown signal ";
	if (sig > 0 && (size_t)sig < sizeof descriptions / sizeof descriptions[0])
		return (char *)descriptions[sig];
	char digits[12], *d = digits + sizeof digits;
	unsigned long v = sig < 0 ? -(unsigned long)sig : (unsigned long)sig;
	*--d = 0;
	do
		*--d = (char)('0' + v % 10);
	while (v /= 10);
	if (sig < 0)
		*--d = '-';
	strcpy(unknown + 15, d);
	return unknown;
}
