/* xorshift.h - the random numbers of the testers (host and in exov6):
 * xorshift64, so a seed given on the command line replays a run.  The
 * includer seeds `rng` (never with 0). */
#ifndef TESTSUITE_XORSHIFT_H
#define TESTSUITE_XORSHIFT_H

static unsigned long long rng;

static unsigned long long next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

#endif
