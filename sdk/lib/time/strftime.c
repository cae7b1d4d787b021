/* strftime.c - strftime in the "C" locale: every C99/POSIX conversion
 * plus the GNU %k %l %P %s; the E and O modifiers are accepted where
 * POSIX allows them and change nothing (the "C" locale has no alternative
 * era or digits).  Unknown conversions are copied out as written, as glibc
 * does.  The GNU flags and field widths (%_d, %-d, %10Y) are not
 * supported.  %Z is tm_zone, else tzname[tm_isdst > 0]. */
#include <time.h>
#include "time_private.h"

const char __time_day_names[7][10] = {
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
};
const char __time_month_names[12][10] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December",
};

int __time_format_int(char *buf, long v, int digits, int width)
{
	char tmp[24];
	int n = 0;
	unsigned long u = v < 0 ? -(unsigned long)v : (unsigned long)v;
	do {
		tmp[n++] = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	while (n < digits)
		tmp[n++] = '0';
	if (v < 0)
		tmp[n++] = '-';
	int len = 0;
	while (len + n < width)
		buf[len++] = ' ';
	while (n)
		buf[len++] = tmp[--n];
	return len;
}

struct out {
	char *s;
	size_t max, n;
};

static void put(struct out *o, const char *p, size_t len)
{
	for (size_t i = 0; i < len; i++, o->n++)
		if (o->n < o->max)
			o->s[o->n] = p[i];
}

static void put_str(struct out *o, const char *p, size_t max)
{
	size_t len = 0;
	while (len < max && p[len])
		len++;
	put(o, p, len);
}

static void put_int(struct out *o, long v, int digits, int width)
{
	char buf[24];
	put(o, buf, (size_t)__time_format_int(buf, v, digits, width));
}

static long floor_div(long a, long b)
{
	return a / b - (a % b < 0);
}

/* The ISO 8601 week-based year and week (1..53) of tm: a week belongs to
 * the year holding its Thursday. */
static int iso_week(const struct tm *tm, long *year)
{
	long y = tm->tm_year + 1900L;
	long thursday = tm->tm_yday - (tm->tm_wday + 6) % 7 + 3;
	if (thursday < 0) {
		y--;
		thursday += __time_year_days(y);
	} else if (thursday >= __time_year_days(y)) {
		thursday -= __time_year_days(y);
		y++;
	}
	*year = y;
	return (int)(thursday / 7 + 1);
}

static void format(struct out *o, const char *f, const struct tm *tm);

/* One conversion; 0 when c with modifier mod is not one. */
static int convert(struct out *o, char c, char mod, const struct tm *tm)
{
	static const char e_ok[] = "CPRTZcnprstuxXyYz%";
	static const char o_ok[] = "CPRTZnprstuyz%BGHIMSUVWbdeghjklmw";
	const char *ok = mod == 'E' ? e_ok : mod == 'O' ? o_ok : NULL;
	if (ok) {
		while (*ok && *ok != c)
			ok++;
		if (!*ok)
			return 0;
	}
	int wday_ok = tm->tm_wday >= 0 && tm->tm_wday < 7;
	int mon_ok = tm->tm_mon >= 0 && tm->tm_mon < 12;
	int hour12 = tm->tm_hour % 12 ? tm->tm_hour % 12 : 12;
	long year = tm->tm_year + 1900L, iso_year;
	switch (c) {
	case 'a': put_str(o, wday_ok ? __time_day_names[tm->tm_wday] : "?", 3); break;
	case 'A': put_str(o, wday_ok ? __time_day_names[tm->tm_wday] : "?", 10); break;
	case 'b': case 'h': put_str(o, mon_ok ? __time_month_names[tm->tm_mon] : "?", 3); break;
	case 'B': put_str(o, mon_ok ? __time_month_names[tm->tm_mon] : "?", 10); break;
	case 'c': format(o, "%a %b %e %H:%M:%S %Y", tm); break;
	case 'C': put_int(o, floor_div(year, 100), 1, 0); break;
	case 'd': put_int(o, tm->tm_mday, 2, 0); break;
	case 'D': case 'x': format(o, "%m/%d/%y", tm); break;
	case 'e': put_int(o, tm->tm_mday, 1, 2); break;
	case 'F': format(o, "%Y-%m-%d", tm); break;
	case 'G': iso_week(tm, &iso_year); put_int(o, iso_year, 1, 0); break;
	case 'g': iso_week(tm, &iso_year); put_int(o, iso_year - floor_div(iso_year, 100) * 100, 2, 0); break;
	case 'H': put_int(o, tm->tm_hour, 2, 0); break;
	case 'I': put_int(o, hour12, 2, 0); break;
	case 'j': put_int(o, tm->tm_yday + 1, 3, 0); break;
	case 'k': put_int(o, tm->tm_hour, 1, 2); break;
	case 'l': put_int(o, hour12, 1, 2); break;
	case 'm': put_int(o, tm->tm_mon + 1, 2, 0); break;
	case 'M': put_int(o, tm->tm_min, 2, 0); break;
	case 'n': put(o, "\n", 1); break;
	case 'p': put(o, tm->tm_hour < 12 ? "AM" : "PM", 2); break;
	case 'P': put(o, tm->tm_hour < 12 ? "am" : "pm", 2); break;
	case 'r': format(o, "%I:%M:%S %p", tm); break;
	case 'R': format(o, "%H:%M", tm); break;
	case 's': {
		struct tm copy = *tm;
		put_int(o, mktime(&copy), 1, 0);
		break;
	}
	case 'S': put_int(o, tm->tm_sec, 2, 0); break;
	case 't': put(o, "\t", 1); break;
	case 'T': case 'X': format(o, "%H:%M:%S", tm); break;
	case 'u': put_int(o, tm->tm_wday ? tm->tm_wday : 7, 1, 0); break;
	case 'U': put_int(o, (tm->tm_yday + 7 - tm->tm_wday) / 7, 2, 0); break;
	case 'V': put_int(o, iso_week(tm, &iso_year), 2, 0); break;
	case 'w': put_int(o, tm->tm_wday, 1, 0); break;
	case 'W': put_int(o, (tm->tm_yday + 7 - (tm->tm_wday + 6) % 7) / 7, 2, 0); break;
	case 'y': put_int(o, year - floor_div(year, 100) * 100, 2, 0); break;
	case 'Y': put_int(o, year, 1, 0); break;
	case 'z':
		if (tm->tm_isdst >= 0) {
			long minutes = (tm->tm_gmtoff < 0 ? -tm->tm_gmtoff : tm->tm_gmtoff) / 60;
			put(o, tm->tm_gmtoff < 0 ? "-" : "+", 1);
			put_int(o, minutes / 60 * 100 + minutes % 60, 4, 0);
		}
		break;
	case 'Z': {
		const char *zone = tm->tm_zone;
		if ((!zone || !*zone) && tm->tm_isdst >= 0)
			zone = tzname[tm->tm_isdst > 0];
		put_str(o, zone ? zone : "", (size_t)-1);
		break;
	}
	case '%': put(o, "%", 1); break;
	default: return 0;
	}
	return 1;
}

static void format(struct out *o, const char *f, const struct tm *tm)
{
	for (; *f; f++) {
		if (*f != '%') {
			put(o, f, 1);
			continue;
		}
		const char *start = f;
		char mod = f[1] == 'E' || f[1] == 'O' ? *++f : 0;
		if (convert(o, f[1], mod, tm)) {
			f++;
			continue;
		}
		/* Not a conversion: copy it as written, up to the end. */
		if (f[1])
			f++;
		put(o, start, (size_t)(f - start + 1));
	}
}

size_t strftime(char *restrict s, size_t max, const char *restrict fmt,
		const struct tm *restrict tm)
{
	struct out o = { s, max, 0 };
	format(&o, fmt, tm);
	if (o.n >= max)
		return 0;
	s[o.n] = '\0';
	return o.n;
}
