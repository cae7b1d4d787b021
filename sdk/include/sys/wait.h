/* sys/wait.h - waiting for child processes and reading their statuses
 * (the traditional layout: exit code in bits 8-15, signal in bits 0-6;
 * a stopped child reads 0x7f with the signal in bits 8-15, a continued
 * one 0xffff). */
#ifndef _SYS_WAIT_H
#define _SYS_WAIT_H

#include <features.h>
#include <sys/types.h>
#include <signal.h>

#ifdef __cplusplus
extern "C" {
#endif

#define WNOHANG    1
#define WUNTRACED  2
#define WSTOPPED   WUNTRACED
#define WEXITED    4
#define WCONTINUED 8
#define WNOWAIT    0x01000000

#define WEXITSTATUS(s)  (((s) >> 8) & 0xff)
#define WTERMSIG(s)     ((s) & 0x7f)
#define WSTOPSIG(s)     WEXITSTATUS(s)
#define WIFEXITED(s)    (WTERMSIG(s) == 0)
#define WIFSIGNALED(s)  (((signed char)(((s) & 0x7f) + 1) >> 1) > 0)
#define WIFSTOPPED(s)   (((s) & 0xff) == 0x7f)
#define WIFCONTINUED(s) ((s) == 0xffff)
#define WCOREDUMP(s)    ((s) & 0x80)

typedef enum {
	P_ALL,
	P_PID,
	P_PGID
} idtype_t;

pid_t wait(int *status);
pid_t waitpid(pid_t pid, int *status, int options);
#ifdef __USE_POSIX
int waitid(idtype_t idtype, id_t id, siginfo_t *info, int options);
#endif

#ifdef __USE_MISC
struct rusage;
pid_t wait3(int *status, int options, struct rusage *usage);
pid_t wait4(pid_t pid, int *status, int options, struct rusage *usage);
#endif

#ifdef __cplusplus
}
#endif
#endif
