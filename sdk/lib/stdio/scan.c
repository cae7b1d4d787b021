/* scan.c - the scanf conversion engine: whitespace and literal directives,
 * conversions d i o u x X p (through strtoll/strtoull), a e f g E G F A
 * (through strtof/strtod/strtold), c s [ n %, widths, '*' and 'm', length
 * modifiers hh h l ll j z t L, consuming exactly the bytes glibc consumes
 * and returning what it returns (checked by testsuite/host/difftest.c). */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "scan.h"

enum length { L_NONE, L_HH, L_H, L_L, L_LL, L_J, L_Z, L_T, L_BIG_L };
enum { OK, MATCH_FAIL, INPUT_FAIL, NO_MEMORY };

struct scanner {
	struct source *in;
	size_t nread;   /* bytes consumed, for %n */
	int c;          /* the byte last read */
	int width;      /* what is left of the field width; -1: no limit */
};

static int next(struct scanner *s)
{
	s->c = s->in->get(s->in);
	if (s->c != EOF)
		s->nread++;
	return s->c;
}

static void back(struct scanner *s)
{
	if (s->c != EOF) {
		s->nread--;
		s->in->unget(s->in, s->c);
	}
}

/* One byte of the field is used up. */
static void take(struct scanner *s)
{
	if (s->width > 0)
		s->width--;
}

/* The text of a number, kept for strto*: small ones in place. */
struct text {
	char *p;
	size_t len, cap;
	int failed;
	char small[128];
};

static void add(struct text *t, int c)
{
	if (t->len + 1 >= t->cap) {
		char *p = malloc(t->cap * 2);
		if (!p) {
			t->failed = 1;
			return;
		}
		memcpy(p, t->p, t->len);
		if (t->p != t->small)
			free(t->p);
		t->p = p;
		t->cap *= 2;
	}
	t->p[t->len++] = (char)c;
	t->p[t->len] = 0;
}

/* The field of an integer conversion in *base (0: as a C constant, then
 * set to the base found); a pointer also reads "(nil)". */
static int integer_text(struct scanner *s, struct text *t, int *basep, int pointer)
{
	int base = *basep;
	if (next(s) == EOF)
		return INPUT_FAIL;
	if (s->c == '-' || s->c == '+') {
		add(t, s->c);
		take(s);
		next(s);
	}
	if (s->width != 0 && s->c == '0') {
		take(s);
		add(t, '0');
		next(s);
		if (s->width != 0 && tolower(s->c) == 'x') {
			if (base == 0)
				base = 16;
			if (base == 16) {
				take(s);
				next(s);
			}
		} else if (base == 0) {
			base = 8;
		}
	}
	if (base == 0)
		base = 10;
	*basep = base;
	while (s->c != EOF && s->width != 0 &&
	       (base == 16 ? isxdigit(s->c) : isdigit(s->c) && s->c - '0' < base)) {
		add(t, s->c);
		take(s);
		next(s);
	}
	if (t->len == 0 || (t->len == 1 && (t->p[0] == '-' || t->p[0] == '+'))) {
		if (t->len == 0 && pointer && (s->width < 0 || s->width >= 5) && s->c == '(' &&
		    tolower(next(s)) == 'n' && tolower(next(s)) == 'i' && tolower(next(s)) == 'l' &&
		    next(s) == ')') {
			add(t, '0');
			return OK;
		}
		back(s);
		return MATCH_FAIL;
	}
	back(s);
	return OK;
}

/* The current byte and then the letters of word, case-insensitively,
 * within the width. */
static int spell(struct scanner *s, struct text *t, const char *word)
{
	for (; *word; word++) {
		add(t, s->c);
		if (s->width == 0 || next(s) == EOF || tolower(s->c) != *word)
			return MATCH_FAIL;
		take(s);
	}
	add(t, s->c);
	return OK;
}

/* The field of a floating-point conversion. */
static int float_text(struct scanner *s, struct text *t)
{
	if (next(s) == EOF)
		return INPUT_FAIL;
	take(s);
	size_t sign = 0;
	if (s->c == '-' || s->c == '+') {
		sign = 1;
		add(t, s->c);
		if (s->width == 0 || next(s) == EOF)
			return MATCH_FAIL;
		take(s);
	}
	if (tolower(s->c) == 'n')
		return spell(s, t, "an");
	if (tolower(s->c) == 'i') {
		if (spell(s, t, "nf") != OK)
			return MATCH_FAIL;
		if (s->width != 0 && next(s) != EOF) {
			if (tolower(s->c) != 'i') {
				back(s);
				return OK;
			}
			take(s);
			return spell(s, t, "nity");
		}
		return OK;
	}
	int hex = 0, digit = 0, dot = 0, e = 0;
	char exp_char = 'e';
	if (s->width != 0 && s->c == '0') {
		add(t, '0');
		next(s);
		take(s);
		if (s->width != 0 && tolower(s->c) == 'x') {
			add(t, s->c);
			hex = 1;
			exp_char = 'p';
			next(s);
			take(s);
		} else {
			digit = 1;
		}
	}
	for (;;) {
		if (isdigit(s->c) || (hex && !e && isxdigit(s->c))) {
			add(t, s->c);
			digit = 1;
		} else if (e && t->len && t->p[t->len - 1] == exp_char && (s->c == '-' || s->c == '+')) {
			add(t, s->c);
		} else if (digit && !e && tolower(s->c) == exp_char) {
			add(t, exp_char);
			e = dot = 1;
		} else if (!dot && s->c == '.') {
			add(t, '.');
			dot = 1;
		} else {
			back(s);
			break;
		}
		if (s->width == 0 || next(s) == EOF)
			break;
		take(s);
	}
	if (t->len == sign || (hex && t->len == sign + 2))
		return MATCH_FAIL;
	return OK;
}

/* Where a string conversion puts its bytes: the caller's array, a
 * malloc'd one (%m: the caller's pointer holds it from the start, and is
 * NULL again if the conversion fails, as glibc) or nowhere ('*'). */
struct dest {
	char *p, **result;
	size_t len, cap;
};

static int dest_open(struct dest *d, int suppress, int alloc, va_list *ap)
{
	d->len = 0;
	d->result = NULL;
	d->p = NULL;
	if (suppress)
		return OK;
	if (!alloc) {
		d->p = va_arg(*ap, char *);
		return OK;
	}
	d->result = va_arg(*ap, char **);
	d->cap = 100;
	d->p = *d->result = malloc(d->cap);
	return d->p ? OK : NO_MEMORY;
}

static int dest_put(struct dest *d, int c)
{
	if (!d->p)
		return OK;
	if (d->result && d->len == d->cap) {
		char *p = realloc(d->p, d->cap * 2);
		if (!p)
			return NO_MEMORY;
		d->p = *d->result = p;
		d->cap *= 2;
	}
	d->p[d->len++] = (char)c;
	return OK;
}

/* A conversion that failed: a malloc'd array is freed. */
static void dest_drop(struct dest *d)
{
	if (d->result) {
		free(d->p);
		*d->result = NULL;
	}
}

/* The conversion is complete: terminate (unless %c) and hand over. */
static int dest_close(struct dest *d, int terminate)
{
	if (terminate && dest_put(d, 0) != OK) {
		dest_drop(d);
		return NO_MEMORY;
	}
	if (d->result) {
		char *p = realloc(d->p, d->len ? d->len : 1);
		*d->result = p ? p : d->p;
	}
	return OK;
}

/* %c: width bytes (default 1), whatever they are. */
static int chars(struct scanner *s, struct dest *d)
{
	if (s->width < 0)
		s->width = 1;
	if (next(s) == EOF)
		return INPUT_FAIL;
	do
		if (dest_put(d, s->c) != OK)
			return NO_MEMORY;
	while (--s->width > 0 && next(s) != EOF);
	return OK;
}

/* %s: bytes up to whitespace (leading whitespace already skipped). */
static int word(struct scanner *s, struct dest *d)
{
	if (next(s) == EOF)
		return INPUT_FAIL;
	do {
		if (isspace(s->c)) {
			back(s);
			break;
		}
		if (dest_put(d, s->c) != OK)
			return NO_MEMORY;
	} while ((s->width < 0 || --s->width > 0) && next(s) != EOF);
	return OK;
}

/* %[: the set after '[' (with '^', a leading ']' or '-', ranges lo-hi with
 * lo <= hi) into in[]; *fmt moves past the closing ']'. */
static int scanset(const char **fmt, char in[256])
{
	const unsigned char *f = (const unsigned char *)*fmt;
	int negate = *f == '^';
	f += negate;
	memset(in, negate, 256);
	if (*f == ']' || *f == '-')
		in[*f++] = (char)!negate;
	for (; *f && *f != ']'; f++) {
		if (*f == '-' && f[1] && f[1] != ']' && (signed char)f[-1] <= (signed char)f[1]) {
			for (int c = f[-1]; c < f[1]; c++)
				in[c] = (char)!negate;
		} else {
			in[*f] = (char)!negate;
		}
	}
	if (!*f)
		return MATCH_FAIL;
	*fmt = (const char *)f + 1;
	return OK;
}

static int set_run(struct scanner *s, struct dest *d, const char in[256])
{
	size_t start = s->nread;
	if (next(s) == EOF)
		return INPUT_FAIL;
	do {
		if (!in[s->c]) {
			back(s);
			break;
		}
		if (dest_put(d, s->c) != OK)
			return NO_MEMORY;
	} while ((s->width < 0 || --s->width > 0) && next(s) != EOF);
	return s->nread == start ? MATCH_FAIL : OK;
}

static void store_integer(va_list *ap, enum length l, int pointer, unsigned long long v)
{
	if (pointer) {
		*va_arg(*ap, void **) = (void *)(uintptr_t)v;
		return;
	}
	switch (l) {
	case L_HH: *va_arg(*ap, unsigned char *) = (unsigned char)v; break;
	case L_H: *va_arg(*ap, unsigned short *) = (unsigned short)v; break;
	case L_L: case L_LL: case L_J: case L_Z: case L_T: case L_BIG_L:
		*va_arg(*ap, unsigned long long *) = v;
		break;
	default: *va_arg(*ap, unsigned *) = (unsigned)v; break;
	}
}

/* A numeric conversion: the field's text, converted and stored. */
static int number(struct scanner *s, char conv, enum length l, int suppress, va_list *ap)
{
	struct text t = { 0 };
	t.p = t.small;
	t.cap = sizeof t.small;
	int r, pointer = conv == 'p';
	if (strchr("dioxXup", conv)) {
		int base = conv == 'd' || conv == 'u' ? 10 : conv == 'i' ? 0 : conv == 'o' ? 8 : 16;
		r = integer_text(s, &t, &base, pointer);
		if (r == OK && !t.failed) {
			char *end;
			unsigned long long v = conv == 'd' || conv == 'i' ?
				(unsigned long long)strtoll(t.p, &end, base) : strtoull(t.p, &end, base);
			if (end == t.p)
				r = MATCH_FAIL;
			else if (!suppress)
				store_integer(ap, l, pointer, v);
		}
	} else {
		r = float_text(s, &t);
		if (r == OK && !t.failed) {
			char *end;
			if (l == L_BIG_L || l == L_LL) {
				long double v = strtold(t.p, &end);
				if (end != t.p && !suppress)
					*va_arg(*ap, long double *) = v;
			} else if (l == L_L) {
				double v = strtod(t.p, &end);
				if (end != t.p && !suppress)
					*va_arg(*ap, double *) = v;
			} else {
				float v = strtof(t.p, &end);
				if (end != t.p && !suppress)
					*va_arg(*ap, float *) = v;
			}
			if (end == t.p)
				r = MATCH_FAIL;
		}
	}
	if (t.failed)
		r = NO_MEMORY;
	if (t.p != t.small)
		free(t.p);
	return r;
}

static void store_count(va_list *ap, enum length l, size_t n)
{
	switch (l) {
	case L_HH: *va_arg(*ap, signed char *) = (signed char)n; break;
	case L_H: *va_arg(*ap, short *) = (short)n; break;
	case L_L: case L_LL: case L_J: case L_Z: case L_T: case L_BIG_L:
		*va_arg(*ap, long long *) = (long long)n;
		break;
	default: *va_arg(*ap, int *) = (int)n; break;
	}
}

static enum length length_modifier(const char **fmt)
{
	const char *p = *fmt;
	enum length l;
	switch (*p) {
	case 'h': l = p[1] == 'h' ? (p++, L_HH) : L_H; break;
	case 'l': l = p[1] == 'l' ? (p++, L_LL) : L_L; break;
	case 'q': l = L_LL; break;
	case 'j': l = L_J; break;
	case 'z': l = L_Z; break;
	case 't': l = L_T; break;
	case 'L': l = L_BIG_L; break;
	default: return L_NONE;
	}
	*fmt = p + 1;
	return l;
}

/* One directive after its '%'. */
static int conversion(struct scanner *s, const char **fmt, int *skip_space, int *done, va_list *ap)
{
	const char *f = *fmt;
	int suppress = *f == '*';
	f += suppress;
	s->width = 0;
	while (isdigit((unsigned char)*f))
		s->width = s->width * 10 + (*f++ - '0');
	if (s->width == 0)
		s->width = -1;
	int alloc = *f == 'm';
	f += alloc;
	enum length l = length_modifier(&f);
	char conv = *f;
	if (!conv)
		return MATCH_FAIL;
	*fmt = ++f;

	if (*skip_space || (conv != '[' && conv != 'c' && conv != 'n')) {
		while (isspace(next(s)))    /* the end of the input is no failure yet */
			;
		back(s);
		*skip_space = 0;
	}
	struct dest d;
	int r;
	switch (conv) {
	case '%':
		if (next(s) == EOF)
			return INPUT_FAIL;
		if (s->c != '%') {
			back(s);
			return MATCH_FAIL;
		}
		return OK;
	case 'n':
		if (!suppress)
			store_count(ap, l, s->nread);
		return OK;
	case 'c': case 's': case '[': {
		char in[256];
		if (conv == '[' && scanset(fmt, in) != OK)
			return MATCH_FAIL;
		if (dest_open(&d, suppress, alloc, ap) != OK)
			return NO_MEMORY;
		r = conv == 'c' ? chars(s, &d) : conv == 's' ? word(s, &d) : set_run(s, &d, in);
		if (r != OK) {
			dest_drop(&d);
			return r;
		}
		r = dest_close(&d, conv != 'c');
		break;
	}
	case 'd': case 'i': case 'o': case 'u': case 'x': case 'X': case 'p':
	case 'a': case 'e': case 'f': case 'g': case 'A': case 'E': case 'F': case 'G':
		r = number(s, conv, l, suppress, ap);
		break;
	default:
		return MATCH_FAIL;
	}
	if (r == OK && !suppress)
		++*done;
	return r;
}

int __libc_scan(struct source *in, const char *fmt, va_list ap0)
{
	struct scanner s = { in, 0, 0, -1 };
	int done = 0, skip_space = 0, r = OK;
	va_list ap;
	va_copy(ap, ap0);
	while (*fmt && r == OK) {
		unsigned char fc = (unsigned char)*fmt++;
		if (fc == '%') {
			r = conversion(&s, &fmt, &skip_space, &done, &ap);
		} else if (isspace(fc)) {
			skip_space = 1;     /* skipped by the next directive */
		} else {
			if (next(&s) == EOF) {
				r = INPUT_FAIL;
				break;
			}
			if (skip_space) {
				while (isspace(s.c))
					if (next(&s) == EOF) {
						r = INPUT_FAIL;
						break;
					}
				skip_space = 0;
			}
			if (r == OK && s.c != fc) {
				back(&s);
				r = MATCH_FAIL;
			}
		}
	}
	if (skip_space && r == OK) {    /* trailing whitespace in the format */
		while (isspace(next(&s)))
			;
		back(&s);
	}
	va_end(ap);
	if ((r == INPUT_FAIL && done == 0) || r == NO_MEMORY)
		return EOF;
	return done;
}
