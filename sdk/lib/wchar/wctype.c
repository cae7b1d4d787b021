/* wctype.c - wide character classes in the "C" locale: ASCII wide
 * characters have their ctype.h classes, all others none. */
#include <ctype.h>
#include <string.h>
#include <wctype.h>

static const struct {
	const char *name;
	int (*test)(int);
} classes[] = {
	{ "alnum", isalnum }, { "alpha", isalpha }, { "blank", isblank },
	{ "cntrl", iscntrl }, { "digit", isdigit }, { "graph", isgraph },
	{ "lower", islower }, { "print", isprint }, { "punct", ispunct },
	{ "space", isspace }, { "upper", isupper }, { "xdigit", isxdigit },
};

/* A wctype_t is the class's index plus one; 0 is no class. */
wctype_t wctype(const char *name)
{
	for (size_t i = 0; i < sizeof classes / sizeof classes[0]; i++)
		if (strcmp(name, classes[i].name) == 0)
			return i + 1;
	return 0;
}

int iswctype(wint_t wc, wctype_t desc)
{
	if (desc == 0 || desc > sizeof classes / sizeof classes[0] || wc >= 128)
		return 0;
	return classes[desc - 1].test((int)wc);
}

int iswalnum(wint_t wc) { return iswctype(wc, 1); }
int iswalpha(wint_t wc) { return iswctype(wc, 2); }
int iswblank(wint_t wc) { return iswctype(wc, 3); }
int iswcntrl(wint_t wc) { return iswctype(wc, 4); }
int iswdigit(wint_t wc) { return iswctype(wc, 5); }
int iswgraph(wint_t wc) { return iswctype(wc, 6); }
int iswlower(wint_t wc) { return iswctype(wc, 7); }
int iswprint(wint_t wc) { return iswctype(wc, 8); }
int iswpunct(wint_t wc) { return iswctype(wc, 9); }
int iswspace(wint_t wc) { return iswctype(wc, 10); }
int iswupper(wint_t wc) { return iswctype(wc, 11); }
int iswxdigit(wint_t wc) { return iswctype(wc, 12); }

wint_t towlower(wint_t wc)
{
	return wc < 128 ? (wint_t)tolower((int)wc) : wc;
}

wint_t towupper(wint_t wc)
{
	return wc < 128 ? (wint_t)toupper((int)wc) : wc;
}
