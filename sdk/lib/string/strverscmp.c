/* strverscmp.c - compare strings holding version numbers (GNU): digit
 * sequences compare as numbers ("file9" < "file10"), except that a
 * sequence with a leading zero is a fraction, compared digit by digit
 * ("1.01" < "1.1"), and among fractions more leading zeros come first
 * ("000" < "00" < "01" < "010" < "09" < "0" < "1" < "9" < "10").  The
 * order is glibc's. */
#define _GNU_SOURCE
#include <string.h>

static int is_digit(int c)
{
	return c >= '0' && c <= '9';
}

/* How many digits run on from s. */
static size_t digits(const unsigned char *s)
{
	size_t n = 0;
	while (is_digit(s[n]))
		n++;
	return n;
}

int strverscmp(const char *s1, const char *s2)
{
	const unsigned char *a = (const unsigned char *)s1, *b = (const unsigned char *)s2;
	size_t i = 0, run = 0;          /* a[run..i): the digits before the difference */
	while (a[i] == b[i]) {
		if (!a[i])
			return 0;
		i++;
		if (!is_digit(a[i - 1]))
			run = i;
	}
	int ca = a[i], cb = b[i], da = is_digit(ca), db = is_digit(cb);
	int bytes = ca - cb;
	/* Both numbers go on: the one with more digits left is larger. */
	size_t la = digits(a + i), lb = digits(b + i);
	int longer = la > lb ? 1 : la < lb ? -1 : bytes;

	if (run == i)           /* the difference starts a digit sequence */
		return da && db && ca != '0' && cb != '0' ? longer : bytes;
	if (a[run] != '0') {    /* inside an integer */
		if (da && db)
			return longer;
		return da ? 1 : db ? -1 : bytes;
	}
	for (size_t k = run; k < i; k++)
		if (a[k] != '0')
			return bytes;   /* inside a fraction: digit by digit */
	/* Only zeros so far: the sequence that ends here has fewer leading
	 * zeros, so it is the larger. */
	if (da != db)
		return da ? -1 : 1;
	return bytes;
}
