/* locale.c - setlocale and localeconv for the one locale there is, "C"
 * (also named "POSIX", and chosen by ""); nl_langinfo is langinfo.c's. */
#include <limits.h>
#include <locale.h>
#include <string.h>

char *setlocale(int category, const char *locale)
{
	static char c_name[] = "C";
	if (category < LC_CTYPE || category > LC_ALL)
		return NULL;
	if (locale == NULL || strcmp(locale, "C") == 0 || strcmp(locale, "POSIX") == 0 ||
	    locale[0] == '\0')
		return c_name;
	return NULL;
}

struct lconv *localeconv(void)
{
	static char point[] = ".", empty[] = "";
	static struct lconv c_lconv = {
		point, empty, empty, empty, empty, empty, empty, empty, empty, empty,
		CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX,
		CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX,
	};
	return &c_lconv;
}
