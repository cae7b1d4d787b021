/* format.c - the printf conversion engine: flags (- + space # 0), field
 * width and precision (also from '*'), length modifiers hh h l ll j z t L,
 * conversions d i u o x X c s p n %, numbered arguments (%N$, *N$, mixed
 * with unnumbered ones as glibc), with glibc's output wherever the
 * standard leaves a choice (checked by testsuite/host/difftest.c).
 * The floating-point conversions are in format_float.c. */
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <string.h>
#include "format.h"

enum length { L_NONE, L_HH, L_H, L_L, L_LL, L_J, L_Z, L_T, L_BIG_L };

void __libc_format_emit(struct out *o, const char *s, size_t n)
{
	if (o->failed || n == 0)
		return;
	if (o->sink->put(o->sink, s, n))
		o->failed = 1;
	o->count += n;
}

void __libc_format_pad(struct out *o, char c, size_t n)
{
	char buf[32];
	memset(buf, c, sizeof buf);
	for (; n > sizeof buf; n -= sizeof buf)
		__libc_format_emit(o, buf, sizeof buf);
	__libc_format_emit(o, buf, n);
}

static size_t fill(size_t width, const char *prefix, size_t len)
{
	size_t total = strlen(prefix) + len;
	return width > total ? width - total : 0;
}

void __libc_format_open(struct out *o, int flags, size_t width, const char *prefix, size_t len)
{
	if (!(flags & (F_MINUS | F_ZERO)))
		__libc_format_pad(o, ' ', fill(width, prefix, len));
	__libc_format_emit(o, prefix, strlen(prefix));
	if ((flags & (F_MINUS | F_ZERO)) == F_ZERO)
		__libc_format_pad(o, '0', fill(width, prefix, len));
}

void __libc_format_close(struct out *o, int flags, size_t width, const char *prefix, size_t len)
{
	if (flags & F_MINUS)
		__libc_format_pad(o, ' ', fill(width, prefix, len));
}

/* Emit prefix, zeros to the precision and the digits, padded to width. */
static void field(struct out *o, int flags, size_t width, const char *prefix,
		  size_t zeros, const char *body, size_t len)
{
	__libc_format_open(o, flags, width, prefix, zeros + len);
	__libc_format_pad(o, '0', zeros);
	__libc_format_emit(o, body, len);
	__libc_format_close(o, flags, width, prefix, zeros + len);
}

static void integer(struct out *o, int flags, size_t width, int precision,
		    uintmax_t v, int negative, char conv)
{
	char digits[sizeof(uintmax_t) * 3 + 1], *end = digits + sizeof digits, *p = end;
	unsigned base = conv == 'o' ? 8 : conv == 'x' || conv == 'X' || conv == 'p' ? 16 : 10;
	const char *set = conv == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
	for (uintmax_t x = v; x; x /= base)
		*--p = set[x % base];
	size_t len = (size_t)(end - p);
	if (precision == 0 && v == 0 && conv != 'p')
		len = 0;                        /* "%.0d" of 0 prints nothing */
	else if (len == 0)
		*--p = '0', len = 1;
	size_t zeros = precision > 0 && (size_t)precision > len ? (size_t)precision - len : 0;
	if (precision >= 0)
		flags &= ~F_ZERO;

	const char *prefix = "";
	if (conv == 'd' || conv == 'i')
		prefix = negative ? "-" : flags & F_PLUS ? "+" : flags & F_SPACE ? " " : "";
	else if (conv == 'p')   /* as glibc: a signed-style prefix, then 0x */
		prefix = flags & F_PLUS ? "+0x" : flags & F_SPACE ? " 0x" : "0x";
	else if ((flags & F_HASH) && v && (conv == 'x' || conv == 'X'))
		prefix = conv == 'X' ? "0X" : "0x";
	else if ((flags & F_HASH) && conv == 'o' && zeros == 0 && (len == 0 || *p != '0'))
		zeros = 1;
	field(o, flags, width, prefix, zeros, p, len);
}

/* Arguments are fetched by index: in order from the va_list, or, when the
 * format numbers them (%N$, *N$), from an array filled beforehand. */
enum type { T_INT, T_LONG, T_PTR, T_DOUBLE, T_LDOUBLE };

union arg {
	intmax_t i;
	void *p;
	double d;
	long double ld;
};

#define ARGS_MAX 256    /* the largest N in %N$ */

struct args {
	va_list ap;
	union arg *values;  /* NULL: in order from ap */
};

static union arg read_arg(va_list *ap, enum type t)
{
	union arg a;
	switch (t) {
	case T_INT: a.i = va_arg(*ap, int); break;
	case T_LONG: a.i = va_arg(*ap, long long); break;
	case T_PTR: a.p = va_arg(*ap, void *); break;
	case T_DOUBLE: a.d = va_arg(*ap, double); break;
	default: a.ld = va_arg(*ap, long double); break;
	}
	return a;
}

static union arg get(struct args *a, int index, enum type t)
{
	return a->values ? a->values[index] : read_arg(&a->ap, t);
}

static uintmax_t as_unsigned(intmax_t v, enum length l)
{
	switch (l) {
	case L_HH: return (unsigned char)v;
	case L_H: return (unsigned short)v;
	case L_NONE: case L_BIG_L: return (unsigned)v;
	default: return (uintmax_t)v;
	}
}

static intmax_t as_signed(intmax_t v, enum length l)
{
	switch (l) {
	case L_HH: return (signed char)v;
	case L_H: return (short)v;
	case L_NONE: case L_BIG_L: return (int)v;
	default: return v;
	}
}

static void store_count(void *p, enum length l, size_t n)
{
	switch (l) {
	case L_HH: *(signed char *)p = (signed char)n; break;
	case L_H: *(short *)p = (short)n; break;
	case L_L: case L_LL: case L_J: case L_Z: case L_T: *(long long *)p = (long long)n; break;
	default: *(int *)p = (int)n; break;
	}
}

static enum length length_modifier(const char **fmt)
{
	const char *p = *fmt;
	enum length l = L_NONE;
	switch (*p) {
	case 'h': l = p[1] == 'h' ? (p++, L_HH) : L_H; break;
	case 'l': l = p[1] == 'l' ? (p++, L_LL) : L_L; break;
	case 'j': l = L_J; break;
	case 'z': l = L_Z; break;
	case 't': l = L_T; break;
	case 'L': l = L_BIG_L; break;
	default: return L_NONE;
	}
	*fmt = p + 1;
	return l;
}

/* One conversion specification. */
struct spec {
	int flags, precision;       /* precision -1: none */
	size_t width;
	int width_arg, prec_arg;    /* indexes of '*' arguments, or -1 */
	int arg;                    /* index of the data argument, or -1 */
	enum length l;
	char conv;
};

/* "N$" at *p with N > 0: N, with *p moved past it; otherwise 0. */
static int position(const char **p)
{
	const char *q = *p;
	int n = 0;
	while (*q >= '0' && *q <= '9' && n <= ARGS_MAX)
		n = n * 10 + (*q++ - '0');
	while (*q >= '0' && *q <= '9')
		q++;
	if (n == 0 || *q != '$')
		return 0;
	*p = q + 1;
	return n;
}

/* A '*' argument: numbered (N$) or the next in order. */
static int star_arg(const char **p, int *next, int *numbered)
{
	int n = position(p);
	if (n) {
		*numbered = 1;
		return n - 1;
	}
	return (*next)++;
}

/* Parse the specification after a '%' (as glibc: an argument without N$
 * is the next in order, counting only those).  Sets *numbered when an
 * argument is numbered. */
static void parse_spec(const char **fmt, struct spec *sp, int *next, int *numbered)
{
	const char *f = *fmt;
	int n = position(&f);
	*numbered |= n != 0;
	sp->flags = 0;
	for (;; f++) {
		int flag = *f == '-' ? F_MINUS : *f == '+' ? F_PLUS : *f == ' ' ? F_SPACE
			: *f == '#' ? F_HASH : *f == '0' ? F_ZERO : 0;
		if (!flag)
			break;
		sp->flags |= flag;
	}
	sp->width = 0;
	sp->width_arg = -1;
	if (*f == '*') {
		f++;
		sp->width_arg = star_arg(&f, next, numbered);
	} else {
		while (*f >= '0' && *f <= '9')
			sp->width = sp->width * 10 + (size_t)(*f++ - '0');
	}
	sp->precision = -1;
	sp->prec_arg = -1;
	if (*f == '.') {
		f++;
		if (*f == '*') {
			f++;
			sp->prec_arg = star_arg(&f, next, numbered);
		} else {
			sp->precision = 0;
			while (*f >= '0' && *f <= '9')
				sp->precision = sp->precision * 10 + (*f++ - '0');
		}
	}
	sp->l = length_modifier(&f);
	sp->conv = *f ? *f++ : 0;
	sp->arg = !sp->conv || !strchr("diuoxXpcsnfFeEgGaA", sp->conv) ? -1 : n ? n - 1 : (*next)++;
	*fmt = f;
}

static enum type arg_type(const struct spec *sp)
{
	switch (sp->conv) {
	case 'p': case 's': case 'n':
		return T_PTR;
	case 'f': case 'F': case 'e': case 'E': case 'g': case 'G': case 'a': case 'A':
		return sp->l == L_BIG_L ? T_LDOUBLE : T_DOUBLE;
	default:
		return sp->l == L_NONE || sp->l == L_HH || sp->l == L_H || sp->l == L_BIG_L ? T_INT : T_LONG;
	}
}

/* Whether fmt numbers its arguments (-1 if some N is too large), with
 * every argument's type and how many there are (unused ones are read as
 * int, as glibc). */
static int numbered_types(const char *fmt, unsigned char types[ARGS_MAX], int *count)
{
	int next = 0, numbered = 0;
	*count = 0;
	while ((fmt = strchr(fmt, '%'))) {
		fmt++;
		struct spec sp;
		parse_spec(&fmt, &sp, &next, &numbered);
		int idx[3] = { sp.width_arg, sp.prec_arg, sp.arg };
		for (int k = 0; k < 3; k++) {
			if (idx[k] >= ARGS_MAX)
				return -1;
			for (; *count <= idx[k]; ++*count)
				types[*count] = T_INT;
			if (idx[k] >= 0)
				types[idx[k]] = (unsigned char)(k < 2 ? T_INT : arg_type(&sp));
		}
	}
	return numbered;
}

static int convert(struct out *o, struct spec *sp, struct args *a)
{
	int flags = sp->flags, precision = sp->precision;
	size_t width = sp->width;
	if (sp->width_arg >= 0) {
		int w = (int)get(a, sp->width_arg, T_INT).i;
		if (w < 0)
			flags |= F_MINUS, w = -w;
		width = (size_t)w;
	}
	if (sp->prec_arg >= 0) {
		precision = (int)get(a, sp->prec_arg, T_INT).i;
		if (precision < 0)
			precision = -1;
	}
	char conv = sp->conv;
	union arg v = { 0 };
	if (sp->arg >= 0)
		v = get(a, sp->arg, arg_type(sp));
	switch (conv) {
	case 'd':
	case 'i': {
		intmax_t x = as_signed(v.i, sp->l);
		integer(o, flags, width, precision, x < 0 ? 0 - (uintmax_t)x : (uintmax_t)x, x < 0, conv);
		break;
	}
	case 'u': case 'o': case 'x': case 'X':
		integer(o, flags, width, precision, as_unsigned(v.i, sp->l), 0, conv);
		break;
	case 'p':
		if (v.p)
			integer(o, flags, width, precision, (uintptr_t)v.p, 0, 'p');
		else            /* glibc's spelling of a null pointer */
			field(o, flags & F_MINUS, width, "", 0, "(nil)", 5);
		break;
	case 'c': {
		char c = (char)v.i;
		field(o, flags & F_MINUS, width, "", 0, &c, 1);
		break;
	}
	case 's': {
		const char *s = v.p;
		if (!s)         /* as glibc: all of "(null)" or nothing */
			s = precision >= 0 && precision < 6 ? "" : "(null)";
		size_t len = precision >= 0 ? strnlen(s, (size_t)precision) : strlen(s);
		field(o, flags & F_MINUS, width, "", 0, s, len);
		break;
	}
	case 'n':
		store_count(v.p, sp->l, o->count);
		break;
	case '%':
		__libc_format_emit(o, "%", 1);
		break;
	case 'f': case 'F': case 'e': case 'E': case 'g': case 'G': case 'a': case 'A':
		if (sp->l == L_BIG_L)
			__libc_format_float(o, flags, width, precision, conv, v.ld, 1);
		else
			__libc_format_float(o, flags, width, precision, conv, v.d, 0);
		break;
	default:
		return -1;
	}
	return 0;
}

/* The text and the conversions of fmt, in order. */
static int run(struct out *o, const char *fmt, struct args *a)
{
	int next = 0, numbered = 0;
	while (*fmt) {
		const char *pct = strchr(fmt, '%');
		size_t lit = pct ? (size_t)(pct - fmt) : strlen(fmt);
		__libc_format_emit(o, fmt, lit);
		fmt += lit;
		if (!*fmt)
			break;
		fmt++;
		struct spec sp;
		parse_spec(&fmt, &sp, &next, &numbered);
		if (convert(o, &sp, a))
			return -1;
	}
	return 0;
}

/* Numbered arguments: all of them read first (in a frame of their own,
 * so that other formats do not pay for the array). */
static int run_numbered(struct out *o, const char *fmt, struct args *a,
			const unsigned char *types, int count)
{
	union arg values[ARGS_MAX];
	for (int i = 0; i < count; i++)
		values[i] = read_arg(&a->ap, types[i]);
	a->values = values;
	return run(o, fmt, a);
}

int __libc_format(struct sink *sink, const char *fmt, va_list ap)
{
	struct out o = { sink, 0, 0 };
	struct args a;
	unsigned char types[ARGS_MAX];
	int count, r = numbered_types(fmt, types, &count);
	va_copy(a.ap, ap);
	a.values = NULL;
	if (r == 1)
		r = run_numbered(&o, fmt, &a, types, count);
	else if (r == 0)
		r = run(&o, fmt, &a);
	va_end(a.ap);
	if (r) {
		errno = EINVAL;
		return -1;
	}
	if (o.failed)
		return -1;
	if (o.count > INT_MAX) {
		errno = EOVERFLOW;
		return -1;
	}
	return (int)o.count;
}
