/* sys/random.h - random bytes from the C library's generator (ChaCha20,
 * seeded from the CPU's RDRAND/RDSEED when it has them, the TSC's jitter,
 * the clock and the process id; reseeded after fork).  exov6's kernel has
 * no entropy pool: without RDRAND the seed is only as unpredictable as
 * the timing, so do not make long-term keys with it. */
#ifndef _SYS_RANDOM_H
#define _SYS_RANDOM_H

#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

#define GRND_NONBLOCK 0x01
#define GRND_RANDOM   0x02
#define GRND_INSECURE 0x04

ssize_t getrandom(void *buf, size_t n, unsigned flags);
/* At most 256 bytes (EIO beyond). */
int getentropy(void *buf, size_t n);

#ifdef __cplusplus
}
#endif
#endif
