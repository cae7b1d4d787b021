/* ctype.c - the "C" locale's character classes: one table of class bits
 * for the 128 ASCII codes; EOF and bytes 128-255 are in no class. */
#include <ctype.h>

enum { U = 1, L = 2, D = 4, S = 8, P = 16, C = 32, X = 64, B = 128 };

static const unsigned char classes[128] = {
	C, C, C, C, C, C, C, C, C, C | S | B, C | S, C | S, C | S, C | S, C, C,
	C, C, C, C, C, C, C, C, C, C, C, C, C, C, C, C,
	S | B, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P,
	D | X, D | X, D | X, D | X, D | X, D | X, D | X, D | X, D | X, D | X, P, P, P, P, P, P,
	P, U | X, U | X, U | X, U | X, U | X, U | X, U, U, U, U, U, U, U, U, U,
	U, U, U, U, U, U, U, U, U, U, U, P, P, P, P, P,
	P, L | X, L | X, L | X, L | X, L | X, L | X, L, L, L, L, L, L, L, L, L,
	L, L, L, L, L, L, L, L, L, L, L, P, P, P, P, C,
};

static int is(int c, int mask)
{
	return c >= 0 && c < 128 && (classes[c] & mask) != 0;
}

int isalnum(int c) { return is(c, U | L | D); }
int isalpha(int c) { return is(c, U | L); }
int isascii(int c) { return c >= 0 && c < 128; }
int isblank(int c) { return is(c, B); }
int iscntrl(int c) { return is(c, C); }
int isdigit(int c) { return is(c, D); }
int isgraph(int c) { return is(c, U | L | D | P); }
int islower(int c) { return is(c, L); }
int isprint(int c) { return c == ' ' || is(c, U | L | D | P); }
int ispunct(int c) { return is(c, P); }
int isspace(int c) { return is(c, S); }
int isupper(int c) { return is(c, U); }
int isxdigit(int c) { return is(c, X); }
int tolower(int c) { return is(c, U) ? c + 32 : c; }
int toupper(int c) { return is(c, L) ? c - 32 : c; }
int toascii(int c) { return c & 0x7f; }
