/* decimal.h - the exact decimal expansion of a binary floating-point
 * value m * 2^e, for printf: digits in base-10^9 limbs, kept exactly down
 * to a chosen digit position (the rest folded into a sticky flag), and
 * rounded half-to-even at any digit position.  Digit position p is the
 * 10^p place. */
#ifndef STDIO_DECIMAL_H
#define STDIO_DECIMAL_H

#include <stdint.h>

/* Enough for every digit of an x87 long double: 2^-16445 has 16445
 * digits after the point, and 2^64 needs 3 limbs before it. */
#define DECIMAL_LIMBS 1832

struct decimal {
	uint32_t limb[DECIMAL_LIMBS];   /* least significant first */
	int lo, hi;                     /* the limbs in use: [lo, hi) */
	int point;                      /* the limb holding places 10^0..10^8 */
	int sticky;                     /* nonzero digits were dropped below lo */
};

/* A lower bound of the leading digit position of m * 2^e (m > 0). */
int __libc_decimal_magnitude(uint64_t m, int e);
/* d = m * 2^e, exact at positions >= cut. */
void __libc_decimal_init(struct decimal *d, uint64_t m, int e, int cut);
/* Round to a multiple of 10^pos, ties to even. */
void __libc_decimal_round(struct decimal *d, int pos);
/* The leading and the lowest nonzero digit positions (0 if d is zero). */
int __libc_decimal_lead(const struct decimal *d);
int __libc_decimal_lowest(const struct decimal *d);
/* The digit characters for positions from down to to (from >= to). */
struct out;
void __libc_decimal_emit(struct out *o, const struct decimal *d, long from, long to);

#endif
