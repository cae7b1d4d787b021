/* langinfo.c - nl_langinfo for the one locale there is, "C": glibc's
 * answers for every item of <langinfo.h> (the monetary numbers are
 * "\377", CHAR_MAX as glibc stores it: not available); "" for an item
 * that does not exist. */
#define _GNU_SOURCE
#include <langinfo.h>
#include <locale.h>

static const char *const days[7] = {
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
};
static const char *const abdays[7] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
static const char *const months[12] = {
	"January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December",
};
static const char *const abmonths[12] = {
	"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
};

static const char *time_item(int i)
{
	if (i >= 0 && i < 7)
		return abdays[i];
	if (i >= 7 && i < 14)
		return days[i - 7];
	if (i >= 14 && i < 26)
		return abmonths[i - 14];
	if (i >= 26 && i < 38)
		return months[i - 26];
	if (i >= 111 && i < 123)             /* ALTMON_x */
		return months[i - 111];
	if (i >= 135 && i < 147)             /* _NL_ABALTMON_x */
		return abmonths[i - 135];
	switch (i) {
	case 38: return "AM";
	case 39: return "PM";
	case 40: return "%a %b %e %H:%M:%S %Y";
	case 41: return "%m/%d/%y";
	case 42: return "%H:%M:%S";
	case 43: return "%I:%M:%S %p";
	case 108: return "%a %b %e %H:%M:%S %Z %Y";
	}
	return "";                           /* the eras, and the rest */
}

char *nl_langinfo(nl_item item)
{
	int cat = item >> 16, i = item & 0xffff;
	const char *r = "";
	if (i == 0xffff)                     /* _NL_LOCALE_NAME */
		r = cat >= LC_CTYPE && cat < LC_ALL ? "C" : "";
	else if (cat == LC_CTYPE)
		r = i == 14 ? "ANSI_X3.4-1968" : "";
	else if (cat == LC_NUMERIC)
		r = i == 0 ? "." : "";
	else if (cat == LC_TIME)
		r = time_item(i);
	else if (cat == LC_MONETARY)
		r = i == 15 ? "-" : i >= 7 && i <= 21 ? "\377" : "";
	else if (cat == LC_MESSAGES)
		r = i == 0 ? "^[yY]" : i == 1 ? "^[nN]" : "";
	return (char *)r;
}
