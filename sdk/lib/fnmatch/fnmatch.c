/* fnmatch.c - shell wildcard matching (POSIX fnmatch, with the GNU flags
 * FNM_CASEFOLD and FNM_LEADING_DIR), matching glibc's reading of corner
 * cases: a wildcard never matches a leading period under FNM_PERIOD, an
 * unclosed '[' is an ordinary character, a trailing '\' matches nothing. */
#include <ctype.h>
#include <fnmatch.h>
#include <string.h>
#include <wctype.h>

static unsigned char fold(unsigned char c, int flags)
{
	return (flags & FNM_CASEFOLD) ? (unsigned char)tolower(c) : c;
}

enum { NO, YES, ILL_FORMED, NOT_A_BRACKET };

/* The name of a "[:name:]" class at p (just past "[:"), if it looks like
 * one: letters 'a' to 'y' (as in glibc) up to ":]".  Returns its length
 * or -1. */
static int class_name(const char *p)
{
	int len = 0;
	while (p[len] >= 'a' && p[len] < 'z')
		len++;
	return p[len] == ':' && p[len + 1] == ']' ? len : -1;
}

/* After a match inside a bracket expression, the pattern from *pp must
 * still close it: YES with *pp past its ']', NOT_A_BRACKET when the
 * pattern ends first, ILL_FORMED on an unclosed "[." or "[=". */
static int bracket_close(const char **pp, int flags)
{
	const char *p = *pp;
	for (;;) {
		char c = *p++;
		if (c == '\0')
			return NOT_A_BRACKET;
		if (c == ']') {
			*pp = p;
			return YES;
		}
		if (c == '\\' && !(flags & FNM_NOESCAPE)) {
			if (*p++ == '\0')
				return NOT_A_BRACKET;
		} else if (c == '[' && *p == ':' && class_name(p + 1) >= 0)
			p += class_name(p + 1) + 3;
		else if (c == '[' && (*p == '=' || *p == '.')) {
			const char *q = p + 1;
			while (*q != '\0' && !(q[0] == *p && q[1] == ']'))
				q++;
			if (*q == '\0')
				return ILL_FORMED;
			p = q + 2;
		}
	}
}

/* One character of a bracket expression at *pp (escaped, or a one-letter
 * "[.c.]" or "[=c=]"), advancing *pp; -1 when ill-formed. */
static int bracket_char(const char **pp, int flags)
{
	const char *p = *pp;
	if (*p == '\\' && !(flags & FNM_NOESCAPE)) {
		*pp = p + 2;
		return p[1] != '\0' ? (unsigned char)p[1] : -1;
	}
	if (*p == '[' && (p[1] == '.' || p[1] == '=')) {
		*pp = p + 5;
		return p[2] != '\0' && p[3] == p[1] && p[4] == ']' ? (unsigned char)p[2] : -1;
	}
	*pp = p + 1;
	return (unsigned char)*p;
}

/* Match c against the bracket expression at *pp (just past '['), element
 * by element as glibc does: the first element that matches decides (the
 * rest need only close the bracket), and an ill-formed element met before
 * that makes the whole pattern fail.  On YES or NO, *pp is past ']'. */
static int bracket(const char **pp, unsigned char c, int flags)
{
	const char *p = *pp;
	int negate = *p == '!' || *p == '^';
	unsigned char fc = fold(c, flags);
	p += negate;
	for (int first = 1;; first = 0) {
		int hit;
		if (*p == '\0')
			return NOT_A_BRACKET;
		if (*p == ']' && !first) {
			*pp = p + 1;
			return negate ? YES : NO;
		}
		if (p[0] == '[' && p[1] == ':' && class_name(p + 2) >= 0) {
			char name[16] = "";
			int len = class_name(p + 2);
			memcpy(name, p + 2, (size_t)len < sizeof name ? (size_t)len : 0);
			wctype_t t = wctype(name);
			if (t == 0)
				return ILL_FORMED;
			hit = iswctype(c, t);
			p += len + 4;
		} else {
			int equivalence = p[0] == '[' && p[1] == '=';
			int lo = bracket_char(&p, flags);
			if (lo < 0)
				return ILL_FORMED;
			if (*p == '-' && p[1] != ']' && p[1] != '\0') {
				p++;
				int hi = bracket_char(&p, flags);
				if (hi < 0)
					return ILL_FORMED;
				hit = fold((unsigned char)lo, flags) <= fc && fc <= fold((unsigned char)hi, flags);
			} else
				hit = equivalence ? lo == c : fold((unsigned char)lo, flags) == fc;
		}
		if (hit) {
			int closed = bracket_close(&p, flags);
			*pp = p;
			return closed != YES ? closed : negate ? NO : YES;
		}
	}
}

/* Match pattern p against s; leading says s is where a period is
 * leading (the start, or just past a '/' under FNM_PATHNAME). */
static int match(const char *p, const char *s, int leading, int flags)
{
	for (;; p++, s++, leading = (flags & FNM_PATHNAME) && s[-1] == '/') {
		int leading_period = leading && *s == '.' && (flags & FNM_PERIOD);
		int slash = *s == '/' && (flags & FNM_PATHNAME);
		const char *q;
		switch (*p) {
		case '\0':
			return *s == '\0' || ((flags & FNM_LEADING_DIR) && *s == '/') ? 0 : FNM_NOMATCH;
		case '?':
			if (*s == '\0' || slash || leading_period)
				return FNM_NOMATCH;
			continue;
		case '*':
			if (leading_period)
				return FNM_NOMATCH;
			/* Like glibc, '?'s right after the '*' take their
			 * characters first, and the rest is first tried with the
			 * star's own leading status. */
			for (; p[1] == '*' || p[1] == '?'; p++)
				if (p[1] == '?') {
					if (*s == '\0' || (*s == '/' && (flags & FNM_PATHNAME)))
						return FNM_NOMATCH;
					s++;
				}
			/* Under FNM_PATHNAME glibc tries the rest at the next '/'
			 * only when it is a literal '/' or nothing ("*\/"
			 * never matches). */
			for (;; s++, leading = 0) {
				int at_slash = *s == '/' && (flags & FNM_PATHNAME);
				if ((!at_slash || p[1] == '/' || p[1] == '\0') &&
				    match(p + 1, s, leading, flags) == 0)
					return 0;
				if (*s == '\0' || at_slash)
					return FNM_NOMATCH;
			}
		case '[':
			if (*s == '\0' || slash || leading_period)
				return FNM_NOMATCH;
			q = p + 1;
			switch (bracket(&q, (unsigned char)*s, flags)) {
			case NOT_A_BRACKET:
				break;
			case YES:
				p = q - 1;
				continue;
			default:
				return FNM_NOMATCH;
			}
			break;
		case '\\':
			if (!(flags & FNM_NOESCAPE)) {
				p++;
				if (*p == '\0')
					return FNM_NOMATCH;
			}
			break;
		}
		if (*s == '\0' || fold((unsigned char)*p, flags) != fold((unsigned char)*s, flags))
			return FNM_NOMATCH;
	}
}

int fnmatch(const char *pattern, const char *string, int flags)
{
	return match(pattern, string, 1, flags);
}
