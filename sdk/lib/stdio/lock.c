/* lock.c - flockfile, ftrylockfile and funlockfile.  A process has one
 * thread, so a stream's lock is only a depth counter: taking it always
 * succeeds at once.  (With threads it becomes a recursive lock with an
 * owner.) */
#include "file.h"

void flockfile(FILE *f)
{
	f->locks++;
}

int ftrylockfile(FILE *f)
{
	f->locks++;
	return 0;
}

void funlockfile(FILE *f)
{
	if (f->locks)
		f->locks--;
}
