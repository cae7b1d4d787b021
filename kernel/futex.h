/* futex.h - blocking on a shared word, keyed by its physical address. */
#ifndef KERNEL_FUTEX_H
#define KERNEL_FUTEX_H

#include <stdint.h>

long futex_wait(uint64_t va, uint64_t val, uint64_t timeout_ns);
long futex_wake(uint64_t va, uint64_t n);

#endif
